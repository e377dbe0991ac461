const root = document.getElementById('root');
if (root) root.textContent = 'IoT Access Panel: bootstrapping';
