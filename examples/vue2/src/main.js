import Vue from 'vue';
import App from './App.vue';

// Vue 2 renders an unknown tag as it is, but warns about it unless told it is a custom element.
Vue.config.ignoredElements = ['cloudpc-unsubscribe'];

new Vue({ render: (h) => h(App) }).$mount('#app');
