import { createApp } from 'vue';
import '@invoice-section/elements';
import '@invoice-section/elements/themes/light.css';
import App from './App.vue';

createApp(App).mount('#app');
