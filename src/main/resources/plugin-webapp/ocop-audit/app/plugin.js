// Cockpit page "Hồ sơ / Dossiers" for auditors: find any dossier, running or finished, read its whole
// record (steps, council scores, decision tables, changes, mails, incidents, administrators' operations,
// the path on the diagram) and export it. A dossier opens directly at #/ocop-audit?dossier=<code>.
import { element, table } from './dom.js';

const ROUTE = '/ocop-audit';
const OUTCOMES = [['', 'Tất cả / Any'], ['running', 'Đang xử lý / Running'], ['certified', 'Được công nhận / Certified'],
  ['not-recognised', 'Không được công nhận / Not recognised'], ['disqualified', 'Bị loại / Disqualified'],
  ['rejected', 'Bị từ chối / Rejected'], ['lapsed', 'Hết hạn / Lapsed'], ['revoked', 'Bị thu hồi / Revoked'],
  ['cancelled', 'Bị huỷ / Cancelled']];
const PROCEDURES = [['', 'Tất cả / Any'], ['three-level', '148/2023 (ba cấp / three levels)'],
  ['two-level', '1489/2025 (hai cấp / two levels)'], ['two-level-2026', '26/2026']];
const SORTABLE = { code: 'Mã hồ sơ / Code', registered: 'Đăng ký / Registered', ended: 'Kết thúc / Ended',
  duration: 'Thời gian / Duration' };

const time = (value) => (value ? new Date(value).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '');
const text = (value) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value)
  : String(value));

function client(api) {
  const base = `${api.cockpitApi}/plugin/ocop-audit/${api.engine}/dossiers`;
  const get = (path, accept) => fetch(base + path, { credentials: 'same-origin', headers: { Accept: accept } })
    .then((response) => (accept === 'application/json' ? response.json() : response.text()).then((body) => {
      if (!response.ok) {
        throw new Error(body.message || body || response.statusText);
      }
      return body;
    }));
  return {
    base,
    search: (query) => get(`?${query}`, 'application/json'),
    record: (code) => get(`/${encodeURIComponent(code)}`, 'application/json'),
    diagram: (code, definition) => get(`/${encodeURIComponent(code)}/diagram/${encodeURIComponent(definition)}`,
      'application/xml'),
  };
}

// --- the diagram: the model's shapes from its BPMN DI, the steps the dossier passed in green ---

const SVG = 'http://www.w3.org/2000/svg';
const BPMNDI = 'http://www.omg.org/spec/BPMN/20100524/DI';
const DC = 'http://www.omg.org/spec/DD/20100524/DC';
const DI = 'http://www.omg.org/spec/DD/20100524/DI';
const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function diagram(xml, passed) {
  const model = new DOMParser().parseFromString(xml, 'application/xml');
  const byId = {};
  Array.from(model.getElementsByTagNameNS(MODEL, '*')).forEach((node) => {
    if (node.getAttribute('id')) {
      byId[node.getAttribute('id')] = node;
    }
  });
  const picture = svg('svg', { class: 'ocop-audit-diagram', 'data-passed': passed.join(' ') });
  let width = 0;
  let height = 0;
  Array.from(model.getElementsByTagNameNS(BPMNDI, 'BPMNEdge')).forEach((edge) => {
    const flow = byId[edge.getAttribute('bpmnElement')];
    const taken = flow && passed.includes(flow.getAttribute('sourceRef')) && passed.includes(flow.getAttribute('targetRef'));
    const points = Array.from(edge.getElementsByTagNameNS(DI, 'waypoint')).map((point) => `${point.getAttribute('x')},`
      + point.getAttribute('y')).join(' ');
    picture.appendChild(svg('polyline', { points, fill: 'none', stroke: taken ? '#2e7d32' : '#999',
      'stroke-width': taken ? 3 : 1 }));
  });
  Array.from(model.getElementsByTagNameNS(BPMNDI, 'BPMNShape')).forEach((shape) => {
    const id = shape.getAttribute('bpmnElement');
    const bounds = shape.getElementsByTagNameNS(DC, 'Bounds')[0];
    const node = byId[id];
    if (!bounds || !node || node.localName === 'participant' || node.localName === 'lane') {
      return;
    }
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(bounds.getAttribute(name)));
    width = Math.max(width, x + w + 40);
    height = Math.max(height, y + h + 40);
    const style = { fill: passed.includes(id) ? '#c8e6c9' : '#fff', stroke: passed.includes(id) ? '#2e7d32' : '#555',
      'stroke-width': passed.includes(id) ? 2 : 1, 'data-element': id, class: passed.includes(id) ? 'passed' : '' };
    const kind = node.localName;
    if (kind.endsWith('Event')) {
      picture.appendChild(svg('circle', { cx: x + w / 2, cy: y + h / 2, r: w / 2, ...style }));
    } else if (kind.endsWith('Gateway')) {
      picture.appendChild(svg('polygon', { points: `${x + w / 2},${y} ${x + w},${y + h / 2} ${x + w / 2},${y + h} ${x},`
        + `${y + h / 2}`, ...style }));
    } else {
      picture.appendChild(svg('rect', { x, y, width: w, height: h, rx: 8, ...style }));
    }
    const label = svg('text', { x: x + w / 2, y: kind.endsWith('Event') || kind.endsWith('Gateway') ? y + h + 14
      : y + h / 2, 'text-anchor': 'middle', 'font-size': 10 });
    label.textContent = (node.getAttribute('name') || '').split(' / ')[0].replace(/:? ?\$\{[^}]*\}/g, '');
    picture.appendChild(label);
  });
  picture.setAttribute('viewBox', `0 0 ${width} ${height}`);
  picture.setAttribute('width', String(width));
  picture.setAttribute('height', String(height));
  return picture;
}

// --- a dossier's record ---

function record(node, api, code, back) {
  const audit = client(api);
  node.textContent = '';
  const root = node.appendChild(element('section', null, { class: 'ocop-audit-record', style: 'padding: 16px' }));
  root.appendChild(element('a', '← Tìm hồ sơ / Search', { href: '#' + ROUTE })).addEventListener('click', (event) => {
    event.preventDefault();
    back();
  });
  root.appendChild(element('p', 'Đang tải… / Loading…'));
  audit.record(code).then((dossierRecord) => {
    const d = dossierRecord.dossier;
    root.lastChild.remove();
    root.appendChild(element('h2', `Hồ sơ ${d.code} / Dossier ${d.code}`, { id: 'ocop-audit-title' }));
    root.appendChild(table(['Sản phẩm / Product', 'Chủ thể / Producer', 'Xã / Commune', 'Tỉnh / Province',
      'Quy trình / Procedure', 'Kết quả / Outcome', 'Đăng ký / Registered', 'Kết thúc / Ended'],
    [[d.product, d.producer, d.commune, d.province, `${d.procedure} v${d.version}`,
      d.outcomeLabel + (d.stars ? ` ${d.stars}★` : ''), time(d.registeredAt), time(d.endedAt)]]));
    const exports = root.appendChild(element('p'));
    [['export.json', 'Xuất JSON / Export JSON'], ['export.csv', 'Xuất CSV / Export CSV'],
      ['print', 'Bản in / Printable page']].forEach(([path, label]) => {
      exports.appendChild(element('a', label, { href: `${audit.base}/${encodeURIComponent(d.code)}/${path}`,
        target: '_blank', class: 'btn btn-default', style: 'margin-right: 8px' }));
    });

    root.appendChild(element('h3', 'Đường đi của hồ sơ / The path the dossier took'));
    const pictures = root.appendChild(element('div', null, { id: 'ocop-audit-diagrams', style: 'overflow-x: auto' }));
    dossierRecord.paths.forEach((path) => {
      const holder = pictures.appendChild(element('div'));
      holder.appendChild(element('h4', path.process));
      audit.diagram(d.code, path.processDefinitionId).then((xml) => holder.appendChild(diagram(xml, path.activityIds)))
        .catch((error) => holder.appendChild(element('p', error.message, { class: 'alert alert-danger' })));
    });

    root.appendChild(element('h3', 'Các bước / Steps'));
    root.appendChild(table(['Bước / Step', 'Người / By', 'Nhóm / Groups', 'Bắt đầu / Started', 'Nhận / Claimed',
      'Xong / Done', 'Hạn / Due', 'Nội dung / Entered'],
    dossierRecord.steps.map((step) => [step.name, step.assignee, (step.candidateGroups || []).join(', '),
      time(step.startedAt), time(step.claimedAt), time(step.endedAt),
      time(step.dueAt) + (step.late ? ' (trễ / late)' : ''),
      Object.entries(step.entered || {}).map(([name, value]) => `${name}: ${text(value)}`).join('; ')]),
    { id: 'ocop-audit-steps' }));

    root.appendChild(element('h3', 'Chấm điểm / Council scores'));
    const scores = root.appendChild(element('div', null, { id: 'ocop-audit-councils' }));
    dossierRecord.councils.forEach((council) => {
      scores.appendChild(element('h4', `${council.level} · ${council.group}: trung bình / average `
        + `${text(council.averageScore)}, ${council.stars ? council.stars + '★' : '—'}, ${text(council.outcome)}`
        + (council.disqualificationReason ? ` · bị loại / disqualified: ${council.disqualificationReason}` : '')));
      scores.appendChild(table(['Thành viên / Member', 'Tổng / Total', 'A', 'B', 'C', 'Theo tiêu chí / By criterion',
        'Ghi chú / Note'], council.sheets.map((sheet) => [sheet.member, sheet.total, sheet.parts.A, sheet.parts.B,
        sheet.parts.C, sheet.scores.map((score) => `${score.criterion} ${score.points}/${score.max}`).join(', '),
        sheet.disqualificationReason || sheet.comment])));
    });

    root.appendChild(element('h3', 'Bảng quyết định / Decision tables'));
    root.appendChild(table(['Thời điểm / At', 'Bảng / Table', 'Đầu vào / Inputs', 'Kết quả / Outputs'],
      dossierRecord.verdicts.map((verdict) => [time(verdict.evaluatedAt), verdict.name, text(verdict.inputs),
        text(verdict.outputs)])));
    root.appendChild(element('h3', 'Thay đổi dữ liệu / Variable changes'));
    root.appendChild(table(['Thời điểm / At', 'Biến / Variable', 'Cũ / Before', 'Mới / After', 'Bước / Step',
      'Người / By'], dossierRecord.changes.map((change) => [time(change.at), change.variable, text(change.before),
      text(change.after), change.step, change.by || 'hệ thống / system'])));
    root.appendChild(element('h3', 'Thư / Mails'));
    root.appendChild(table(['Xếp hàng / Queued', 'Gửi / Sent', 'Người nhận / To', 'Tiêu đề / Subject'],
      dossierRecord.mails.map((mail) => [time(mail.queuedAt), time(mail.sentAt), mail.recipient, mail.subject])));
    root.appendChild(element('h3', 'Tài liệu minh chứng / Evidence documents'));
    root.appendChild(table(['Loại / Type', 'Phiên bản / Version', 'Tệp / File', 'Kiểu / Content type',
      'Dung lượng / Size', 'SHA-256', 'Người tải lên / Uploaded by', 'Thời điểm / At', 'Bước / Step'],
    dossierRecord.documents.map((document) => [document.typeLabel, document.version, document.fileName,
      document.contentType, document.size, document.sha256, document.uploadedBy, time(document.uploadedAt),
      document.step]), { id: 'ocop-audit-documents' }));
    root.appendChild(element('h3', 'Lịch sử tài liệu / Document history'));
    root.appendChild(table(['Thời điểm / At', 'Người / By', 'Thao tác / Action', 'Loại / Type',
      'Phiên bản / Version', 'Tệp / File', 'SHA-256'], dossierRecord.documentEvents.map((event) => [time(event.at),
      event.user, event.action, event.type, event.version, event.fileName, event.sha256]),
    { id: 'ocop-audit-document-events' }));
    root.appendChild(element('h3', 'Sự cố / Incidents'));
    root.appendChild(table(['Phát sinh / Created', 'Kết thúc / Ended', 'Bước / Step', 'Trạng thái / State',
      'Thông báo / Message'], dossierRecord.incidents.map((incident) => [time(incident.createdAt),
      time(incident.endedAt), incident.activityId, incident.state, incident.message])));
    root.appendChild(element('h3', 'Thao tác quản trị / Administrators\' operations'));
    root.appendChild(table(['Thời điểm / At', 'Người / User', 'Thao tác / Operation', 'Đối tượng / Entity',
      'Thuộc tính / Property', 'Cũ / Before', 'Mới / After'], dossierRecord.operations.map((operation) => [
      time(operation.at), operation.user, operation.operation, operation.entity, operation.property, operation.before,
      operation.after])));
  }).catch((error) => {
    root.appendChild(element('p', error.message, { class: 'alert alert-danger' }));
  });
}

// --- the search ---

function search(node, api) {
  const audit = client(api);
  const state = { sort: 'registered', order: 'desc', page: 0, size: 20 };
  node.textContent = '';
  const root = node.appendChild(element('section', null, { class: 'ocop-audit', style: 'padding: 16px' }));
  const show = () => search(node, api);
  root.appendChild(element('h2', 'Hồ sơ / Dossiers'));
  root.appendChild(element('p', 'Mọi hồ sơ bạn được xem, đang xử lý hay đã kết thúc / Every dossier you may read,'
    + ' running or finished.'));
  const form = root.appendChild(element('form', null, { id: 'ocop-audit-search' }));
  const inputs = {};
  const field = (name, label, input) => {
    const wrapper = form.appendChild(element('label', label + ' ', { style: 'margin-right: 12px' }));
    inputs[name] = wrapper.appendChild(input);
  };
  const choices = (name, values) => {
    const select = element('select', null, { name });
    values.forEach(([value, label]) => select.appendChild(element('option', label, { value })));
    return select;
  };
  field('code', 'Mã hồ sơ / Code', element('input', null, { name: 'code', size: 22 }));
  field('product', 'Sản phẩm / Product', element('input', null, { name: 'product' }));
  field('producer', 'Chủ thể / Producer', element('input', null, { name: 'producer' }));
  field('province', 'Tỉnh / Province', element('input', null, { name: 'province', size: 3 }));
  field('district', 'Huyện / District', element('input', null, { name: 'district', size: 4 }));
  field('commune', 'Xã / Commune', element('input', null, { name: 'commune', size: 6 }));
  field('productGroup', 'Nhóm / Group', element('input', null, { name: 'productGroup', size: 2 }));
  field('procedure', 'Căn cứ / Legal basis', choices('procedure', PROCEDURES));
  field('version', 'Phiên bản / Version', element('input', null, { name: 'version', size: 3 }));
  field('outcome', 'Kết quả / Outcome', choices('outcome', OUTCOMES));
  field('stars', 'Sao / Stars', choices('stars', [['', '—'], ['3', '3★'], ['4', '4★'], ['5', '5★']]));
  field('from', 'Từ ngày / From', element('input', null, { name: 'from', type: 'date' }));
  field('to', 'Đến ngày / To', element('input', null, { name: 'to', type: 'date' }));
  form.appendChild(element('button', 'Tìm / Search', { type: 'submit', class: 'btn btn-primary' }));
  const result = root.appendChild(element('div', null, { id: 'ocop-audit-result' }));

  const query = () => {
    const parameters = new URLSearchParams();
    Object.entries(inputs).forEach(([name, input]) => {
      if (input.value.trim()) {
        parameters.set(name, input.value.trim());
      }
    });
    Object.entries(state).forEach(([name, value]) => parameters.set(name, String(value)));
    return parameters.toString();
  };
  const run = () => audit.search(query()).then((page) => {
    result.textContent = '';
    result.appendChild(element('p', `${page.total} hồ sơ / dossier(s)`, { id: 'ocop-audit-count' }));
    const headings = ['code', 'Sản phẩm / Product', 'Chủ thể / Producer', 'Xã / Commune', 'Tỉnh / Province',
      'Kết quả / Outcome', 'registered', 'ended'].map((heading) => {
      if (!SORTABLE[heading]) {
        return heading;
      }
      const link = element('a', SORTABLE[heading] + (state.sort === heading ? (state.order === 'asc' ? ' ▲' : ' ▼') : ''),
        { href: '#' + ROUTE });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        state.order = state.sort === heading && state.order === 'desc' ? 'asc' : 'desc';
        state.sort = heading;
        run();
      });
      return link;
    });
    result.appendChild(table(headings, page.dossiers.map((d) => {
      const open = element('a', d.code, { href: `#${ROUTE}?dossier=${encodeURIComponent(d.code)}`,
        class: 'ocop-audit-open' });
      open.addEventListener('click', (event) => {
        event.preventDefault();
        record(node, api, d.code, show);
      });
      return [open, d.product, d.producer, d.commune, d.province, d.outcomeLabel + (d.stars ? ` ${d.stars}★` : ''),
        time(d.registeredAt), time(d.endedAt)];
    }), { id: 'ocop-audit-dossiers' }));
    const pages = result.appendChild(element('p'));
    const move = (label, to, enabled) => {
      const button = pages.appendChild(element('button', label, { type: 'button', class: 'btn btn-default' }));
      if (!enabled) {
        button.setAttribute('disabled', 'disabled');
      }
      button.addEventListener('click', () => {
        state.page = to;
        run();
      });
    };
    move('← Trước / Previous', state.page - 1, state.page > 0);
    pages.appendChild(element('span', ` trang / page ${state.page + 1} / ${Math.max(1, Math.ceil(page.total / state.size))} `));
    move('Sau / Next →', state.page + 1, (state.page + 1) * state.size < page.total);
  }).catch((error) => {
    result.textContent = '';
    result.appendChild(element('p', 'Bị từ chối / Refused: ' + error.message, { class: 'alert alert-danger' }));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.page = 0;
    run();
  });
  run();
}

function page(node, api) {
  const wanted = new URLSearchParams(window.location.hash.split('?')[1] || '').get('dossier');
  if (wanted) {
    record(node, api, wanted, () => search(node, api));
  } else {
    search(node, api);
  }
}

export default [
  {
    id: 'ocop-audit-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    render: (navigation) => {
      navigation.appendChild(element('a', 'Hồ sơ / Dossiers', { href: '#' + ROUTE }));
    },
    properties: {
      pagePath: '#' + ROUTE,
      checkActive: (path) => path.indexOf('#' + ROUTE) > -1,
    },
  },
  {
    id: 'ocop-audit-page',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE, label: ROUTE },
    render: (node, { api }) => page(node, api),
  },
];
