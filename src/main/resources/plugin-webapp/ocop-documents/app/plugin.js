// Tasklist tab "Hồ sơ / Documents" on every task of a dossier: its evidence documents by type (every version),
// the types its product group requires and those still missing, an upload form where the signed-in user may
// add documents at this task, and links that open a document in a new browser tab. The server decides
// everything shown here (plugin ocop-documents, documents/DocumentsPluginResource); this page only asks it.
// The producers' list of their own dossiers (plugin ocop-producer) shows the same view for a dossier.
import { element, table } from '../../../../../cockpit/plugin/ocop-audit/static/app/dom.js';

const ACCEPTED = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';

const time = (value) => (value ? new Date(value).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '');

function size(bytes) {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${bytes} B`;
}

// The webapps' CSRF token, read from its cookie when sent (it can change during a session).
function csrfToken(api) {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : api.CSRFToken;
}

// The message of a refusal, as the server words it (Vietnamese / English).
function refusal(status, body) {
  try {
    return JSON.parse(body).message || `HTTP ${status}`;
  } catch (notJson) {
    return body || `HTTP ${status}`;
  }
}

const BASE = (api) => `${api.tasklistApi}/plugin/ocop-documents/${api.engine}`;

function client(api, base) {
  return {
    contentUrl: (document) => `${base}/${encodeURIComponent(document.id)}/content`,
    list: () => fetch(base, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => response.text().then((body) => {
        if (!response.ok) {
          const error = new Error(refusal(response.status, body));
          error.status = response.status;
          throw error;
        }
        return JSON.parse(body);
      })),
    // XMLHttpRequest rather than fetch: only it reports the upload's progress.
    upload: (type, file, onProgress) => new Promise((resolve, reject) => {
      const form = new FormData();
      form.append('type', type);
      form.append('file', file, file.name);
      const request = new XMLHttpRequest();
      request.open('POST', base);
      request.withCredentials = true;
      request.setRequestHeader('Accept', 'application/json');
      request.setRequestHeader('X-XSRF-TOKEN', csrfToken(api));
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) {
          onProgress(event.loaded / event.total);
        }
      });
      request.addEventListener('load', () => (request.status === 201 ? resolve(JSON.parse(request.responseText))
        : reject(new Error(refusal(request.status, request.responseText)))));
      request.addEventListener('error', () => reject(new Error('Không gửi được tệp / the file could not be sent')));
      request.send(form);
    }),
  };
}

function requiredList(listing) {
  const missing = new Set(listing.missing.map((type) => type.id));
  const list = element('ul', null, { class: 'ocop-documents-required' });
  listing.required.forEach((type) => {
    const present = !missing.has(type.id);
    list.appendChild(element('li', `${present ? '✓' : '✗'} ${type.label}`, {
      class: present ? 'ocop-present' : 'ocop-missing', 'data-type': type.id,
      style: present ? 'color: #2e7d32' : 'color: #b00020; font-weight: bold',
    }));
  });
  return list;
}

function documentTable(listing, documents) {
  return table(['Loại / Type', 'Phiên bản / Version', 'Tệp / File', 'Dung lượng / Size', 'Người tải lên / By',
    'Thời điểm / At', 'SHA-256'], listing.documents.map((document) => [
    document.typeLabel,
    `v${document.version}`,
    element('a', document.fileName, { href: documents.contentUrl(document), target: '_blank', rel: 'noopener',
      class: 'ocop-document-open', 'data-type': document.type, 'data-version': String(document.version) }),
    size(document.size),
    document.uploadedBy,
    time(document.uploadedAt),
    element('code', document.sha256.substring(0, 12), { title: document.sha256 }),
  ]), { id: 'ocop-documents-list' });
}

function uploadForm(listing, documents, reload) {
  const form = element('form', null, { class: 'ocop-upload-form form-inline' });
  const type = form.appendChild(element('select', null, { name: 'type', class: 'form-control' }));
  listing.addable.forEach((choice) => type.appendChild(element('option', choice.label, { value: choice.id })));
  const file = form.appendChild(element('input', null, { type: 'file', name: 'file', accept: ACCEPTED,
    class: 'form-control' }));
  const send = form.appendChild(element('button', 'Tải lên / Upload', { type: 'submit',
    class: 'btn btn-primary ocop-upload' }));
  const progress = form.appendChild(element('progress', null, { class: 'ocop-upload-progress', max: '1', value: '0',
    style: 'display: none; margin-left: 8px' }));
  const message = form.appendChild(element('p', null, { class: 'ocop-upload-message' }));
  form.appendChild(element('p', `PDF, JPEG, PNG, WebP; tối đa / at most ${size(listing.maxFileSize)} mỗi tệp / per file;`
    + ` hồ sơ đã dùng / the dossier uses ${size(listing.usedSize)} / ${size(listing.maxDossierSize)}.`,
  { class: 'help-block' }));
  const show = (text, kind) => {
    message.textContent = text;
    message.className = `ocop-upload-message alert alert-${kind}`;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen) {
      show('Chọn một tệp / choose a file', 'warning');
      return;
    }
    if (chosen.size > listing.maxFileSize) {
      // The server refuses it too; saying so here spares sending a file that cannot be accepted.
      show(`Tệp lớn hơn giới hạn ${size(listing.maxFileSize)} / the file is larger than the limit of`
        + ` ${size(listing.maxFileSize)}`, 'danger');
      return;
    }
    send.disabled = true;
    progress.style.display = '';
    progress.value = 0;
    documents.upload(type.value, chosen, (done) => { progress.value = done; })
      .then((added) => {
        show(`Đã lưu / stored: ${added.fileName} (v${added.version})`, 'success');
        reload();
      })
      .catch((error) => show(`Bị từ chối / Refused: ${error.message}`, 'danger'))
      .finally(() => {
        send.disabled = false;
        progress.style.display = 'none';
      });
  });
  return form;
}

/** The documents of the dossier answered at {@code base}, drawn into {@code node}. */
function render(node, api, base) {
  const documents = client(api, base);
  node.textContent = '';
  const root = node.appendChild(element('section', null, { id: 'ocop-documents', style: 'padding: 12px' }));
  const status = root.appendChild(element('p', 'Đang tải… / Loading…', { class: 'ocop-documents-status' }));
  const content = root.appendChild(element('div'));
  const reload = () => documents.list().then((listing) => {
    status.textContent = `Hồ sơ / Dossier ${listing.dossier} · nhóm sản phẩm / product group ${listing.productGroup}`;
    content.textContent = '';
    content.appendChild(element('h4', 'Tài liệu bắt buộc / Required documents'));
    content.appendChild(requiredList(listing));
    content.appendChild(element('h4', 'Tài liệu đã nộp / Documents'));
    content.appendChild(listing.documents.length ? documentTable(listing, documents)
      : element('p', 'Chưa có tài liệu nào / no documents yet', { class: 'ocop-documents-empty' }));
    if (listing.addable.length) {
      content.appendChild(element('h4', 'Thêm tài liệu hoặc phiên bản mới / Add a document or a new version'));
      content.appendChild(uploadForm(listing, documents, reload));
    }
  }).catch((error) => {
    status.textContent = error.status === 404 ? `Không tìm thấy hồ sơ / no dossier found: ${error.message}`
      : `Bị từ chối / Refused: ${error.message}`;
    status.className = error.status === 404 ? 'ocop-documents-status' : 'ocop-documents-status alert alert-danger';
  });
  reload();
}

export function dossierDocuments(node, api, code) {
  render(node, api, `${BASE(api)}/dossiers/${encodeURIComponent(code)}/documents`);
}

export default {
  id: 'ocop-documents',
  pluginPoint: 'tasklist.task.detail',
  priority: 5,
  render: (node, { api, taskId }) => render(node, api, `${BASE(api)}/tasks/${encodeURIComponent(taskId)}/documents`),
  properties: {
    label: 'Hồ sơ / Documents',
  },
};
