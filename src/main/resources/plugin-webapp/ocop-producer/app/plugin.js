// Tasklist for producers: "Hồ sơ của tôi / My dossiers" in the header lists the producer's own dossiers and
// the step each one is at; a dossier returned to the producer links to its revision task, and each dossier
// opens its documents (the view of the Documents tab, plugin ocop-documents), where the producer adds theirs
// while the dossier is at the commune. Officials get a 403 from the resource and see nothing of this plugin.
import { element, table } from '../../../../../cockpit/plugin/ocop-audit/static/app/dom.js';
import { dossierDocuments } from '../../../ocop-documents/static/app/plugin.js';

const day = (value) => (value ? new Date(value).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '');

function stateOf(dossier) {
  const step = dossier.step || (dossier.running ? 'Đang xử lý / In progress' : 'Đã kết thúc / Ended');
  return dossier.certificateCode ? `${step} — ${dossier.stars}★, ${dossier.certificateCode}` : step;
}

function panel(api, dossiers) {
  const box = element('div', null, { id: 'ocop-producer-dossiers', class: 'ocop-producer-panel' });
  box.appendChild(element('h4', 'Hồ sơ của tôi / My dossiers'));
  const documents = element('div', null, { class: 'ocop-producer-documents' });
  if (dossiers.length === 0) {
    box.appendChild(element('p', 'Chưa có hồ sơ / No dossier yet'));
  } else {
    box.appendChild(table(['Mã hồ sơ / Dossier', 'Sản phẩm / Product', 'Đăng ký / Registered',
      'Hiện ở bước / Where it is', ''], dossiers.map((dossier) => {
      const state = element('div', stateOf(dossier), { class: 'ocop-producer-state' });
      if (dossier.openTaskId) {
        state.appendChild(element('div')).appendChild(element('a', 'Bổ sung hồ sơ ngay / Revise it now',
          { href: `#/?task=${dossier.openTaskId}`, class: 'ocop-producer-revise' }));
      }
      const open = element('a', 'Tài liệu / Documents', { href: '', role: 'button', class: 'ocop-producer-open-documents',
        'data-code': dossier.code });
      open.addEventListener('click', (event) => {
        event.preventDefault();
        dossierDocuments(documents, api, dossier.code);
      });
      return [dossier.code, dossier.productName || '', day(dossier.registeredAt), state, open];
    }), { class: 'cam-table ocop-producer-list' }));
  }
  box.appendChild(documents);
  return box;
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
      const link = node.appendChild(element('a', 'Hồ sơ của tôi / My dossiers',
        { href: '', role: 'button', class: 'ocop-producer-link' }));
      link.addEventListener('click', (event) => {
        event.preventDefault();
        if (open) {
          open.remove();
          open = null;
          return;
        }
        load().then((fresh) => {
          open = document.body.appendChild(panel(api, fresh || []));
        });
      });
    });
  },
  properties: {},
};
