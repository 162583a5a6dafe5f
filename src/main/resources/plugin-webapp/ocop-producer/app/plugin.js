// Tasklist for producers: "Hồ sơ của tôi / My dossiers" in the header lists the producer's own dossiers
// and the step each one is at; a dossier returned to the producer links to its revision task. Officials
// get a 403 from the resource and see nothing of this plugin.
const time = (value) => (value ? new Date(value).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '');

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.filter((child) => child !== null && child !== undefined)
    .forEach((child) => node.append(typeof child === 'string' ? document.createTextNode(child) : child));
  return node;
}

function stateOf(dossier) {
  if (dossier.certificateCode) {
    return `${dossier.step || ''} — ${dossier.stars}★, ${dossier.certificateCode}`;
  }
  return dossier.step || (dossier.running ? 'Đang xử lý / In progress' : 'Đã kết thúc / Ended');
}

function panel(dossiers) {
  const rows = dossiers.map((dossier) => element('tr', { 'data-code': dossier.code },
    element('td', {}, dossier.code),
    element('td', {}, dossier.productName || ''),
    element('td', {}, time(dossier.registeredAt)),
    element('td', { class: 'ocop-producer-state' }, stateOf(dossier),
      dossier.openTaskId ? element('div', {}, element('a', { href: `#/?task=${dossier.openTaskId}`,
        class: 'ocop-producer-revise' }, 'Bổ sung hồ sơ ngay / Revise it now')) : null)));
  return element('div', { id: 'ocop-producer-dossiers', class: 'ocop-producer-panel' },
    element('h4', {}, 'Hồ sơ của tôi / My dossiers'),
    dossiers.length === 0 ? element('p', {}, 'Chưa có hồ sơ / No dossier yet')
      : element('table', { class: 'table table-condensed' },
        element('thead', {}, element('tr', {}, element('th', {}, 'Mã hồ sơ / Dossier'),
          element('th', {}, 'Sản phẩm / Product'), element('th', {}, 'Đăng ký / Registered'),
          element('th', {}, 'Hiện ở bước / Where it is'))),
        element('tbody', {}, ...rows)));
}

export default {
  id: 'ocop-producer-dossiers',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node, { api }) => {
    const url = `${api.tasklistApi}/plugin/ocop-producer/${api.engine}/dossiers`;
    const load = () => fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null));
    load().then((dossiers) => {
      if (dossiers === null) {
        return; // not a producer
      }
      let open = null;
      const link = element('a', { href: '', class: 'ocop-producer-link', role: 'button' }, 'Hồ sơ của tôi / My dossiers');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        if (open) {
          open.remove();
          open = null;
          return;
        }
        load().then((fresh) => {
          open = panel(fresh || []);
          document.body.append(open);
        });
      });
      node.append(link);
    });
  },
  properties: {},
};
