// Cockpit page "Chuyển phiên bản hồ sơ / Migrate dossiers" (administrators): choose a process and two
// versions, read the dry run (the plan, what is left unmapped, each running dossier's verdict with its
// reasons), then start the migration of the movable dossiers as a batch. Data is shown as text only.
const ROUTE = '/ocop-migration';

// element and table serve the overview dashboard too (plugin-webapp/ocop-overview), which imports them.
export function element(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

export function table(headings, rows) {
  const result = element('table', null, { class: 'cam-table' });
  const head = element('tr');
  headings.forEach((heading) => head.appendChild(element('th', heading)));
  result.appendChild(element('thead')).appendChild(head);
  const body = result.appendChild(element('tbody'));
  rows.forEach((cells) => {
    const row = body.appendChild(element('tr'));
    cells.forEach((cell) => row.appendChild(element('td', cell)));
  });
  return result;
}

function page(node, api) {
  const plugin = `${api.cockpitApi}/plugin/ocop-migration/${api.engine}/migrations`;
  const post = (path, body) => fetch(plugin + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
    body: JSON.stringify(body),
  }).then((response) => response.json().then((json) => {
    if (!response.ok) {
      throw new Error(json.message || response.statusText);
    }
    return json;
  }));

  node.textContent = '';
  const root = node.appendChild(element('section', null, { class: 'ocop-migration', style: 'padding: 16px' }));
  root.appendChild(element('h2', 'Chuyển phiên bản hồ sơ / Migrate dossiers'));
  root.appendChild(element('p', 'Hồ sơ đang chạy chuyển sang phiên bản khác của quy trình: chạy thử trước, rồi'
    + ' chuyển các hồ sơ chuyển được / Running dossiers move to another version of their procedure: dry run first,'
    + ' then migrate those that can move.'));
  const form = root.appendChild(element('form', null, { id: 'ocop-migration-form' }));
  const field = (label, input) => {
    const wrapper = form.appendChild(element('label', label + ' ', { style: 'margin-right: 16px' }));
    wrapper.appendChild(input);
    return input;
  };
  const process = field('Quy trình / Process', element('input', null, { name: 'process', value: 'ocop-product-evaluation' }));
  const from = field('Từ phiên bản / From version', element('select', null, { name: 'from' }));
  const to = field('Sang phiên bản / To version', element('select', null, { name: 'to' }));
  const dryRun = form.appendChild(element('button', 'Chạy thử / Dry run', { type: 'submit', class: 'btn btn-default' }));
  const migrate = root.appendChild(element('button', 'Chuyển hồ sơ / Migrate dossiers',
    { type: 'button', class: 'btn btn-primary', disabled: 'disabled', id: 'ocop-migrate' }));
  const result = root.appendChild(element('div', null, { id: 'ocop-migration-result' }));

  const request = () => ({ process: process.value.trim(), from: Number(from.value), to: Number(to.value) });
  const fail = (error) => {
    result.textContent = '';
    result.appendChild(element('p', 'Bị từ chối / Refused: ' + error.message, { class: 'alert alert-danger' }));
  };

  const loadVersions = () => fetch(`${api.engineApi}/process-definition?key=${encodeURIComponent(process.value.trim())}`
    + '&sortBy=version&sortOrder=desc', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => response.json())
    .then((definitions) => {
      [from, to].forEach((select) => { select.textContent = ''; });
      definitions.forEach((definition) => {
        from.appendChild(element('option', definition.version, { value: definition.version }));
        to.appendChild(element('option', definition.version, { value: definition.version }));
      });
      if (definitions.length > 1) {
        from.value = String(definitions[1].version);
      }
    });
  process.addEventListener('change', loadVersions);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    migrate.setAttribute('disabled', 'disabled');
    post('/dry-run', request()).then((report) => {
      result.textContent = '';
      result.appendChild(element('h3', `Phiên bản ${report.fromVersion} → ${report.toVersion} / Version`
        + ` ${report.fromVersion} → ${report.toVersion}`));
      result.appendChild(element('h4', 'Bước tương ứng / Steps mapped'));
      result.appendChild(table(['Từ / From', 'Sang / To'], report.mapped.map((step) => [step.from, step.to])));
      result.appendChild(element('h4', 'Bước không có ở phiên bản mới / Steps without a counterpart'));
      result.appendChild(element('p', report.unmapped.length ? report.unmapped.join(', ') : '—', { id: 'ocop-unmapped' }));
      result.appendChild(element('h4', 'Hồ sơ / Dossiers'));
      result.appendChild(table(['Mã hồ sơ / Dossier', 'Chuyển được? / Movable?', 'Lý do / Reasons'],
        report.dossiers.map((dossier) => [dossier.businessKey, dossier.movable ? 'có / yes' : 'không / no',
          dossier.reasons.join('; ')])));
      if (report.dossiers.some((dossier) => dossier.movable)) {
        migrate.removeAttribute('disabled');
      }
    }).catch(fail);
  });

  migrate.addEventListener('click', () => {
    migrate.setAttribute('disabled', 'disabled');
    post('', request()).then((started) => {
      result.appendChild(element('p', `Đã bắt đầu chuyển ${started.dossiers} hồ sơ (batch ${started.batchId}); `
        + `${started.refused.length} hồ sơ ở lại phiên bản cũ / Migration of ${started.dossiers} dossier(s) started`
        + ` as batch ${started.batchId}; ${started.refused.length} stay on their version.`,
      { class: 'alert alert-success', id: 'ocop-migration-started' }));
    }).catch(fail);
  });

  loadVersions();
}

export default [
  {
    id: 'ocop-migration-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    render: (node) => {
      node.appendChild(element('a', 'Chuyển phiên bản / Migrate', { href: '#' + ROUTE }));
    },
    properties: {
      pagePath: '#' + ROUTE,
      checkActive: (path) => path.indexOf('#' + ROUTE) > -1,
    },
  },
  {
    id: 'ocop-migration-page',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE, label: ROUTE },
    render: (node, { api }) => page(node, api),
  },
];
