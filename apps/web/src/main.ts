import 'element-plus/dist/index.css';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import ElementPlus from 'element-plus';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import './styles.css';

dayjs.locale('zh-cn');
createApp(App).use(createPinia()).use(router).use(ElementPlus).mount('#app');
