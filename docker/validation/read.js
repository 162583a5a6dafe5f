// What docker/validate runs, read from the files themselves so the check cannot drift from them:
//   node read.js dockerfile <Dockerfile>          ENTRYPOINT, HEALTHCHECK CMD and ENV, one JSON object
//   node read.js environment <compose.yaml> <service>
//                                                 the service's environment as compose interpolates it
//                                                 from this process's variables, one JSON object
const fs = require('fs');
const YAML = require('yaml');

const [command, file, service] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');

if (command === 'dockerfile') {
  // Continuation lines joined; the exec-form instructions are JSON arrays.
  const lines = text.replace(/\\\n/g, ' ').split('\n').map(line => line.trim());
  const instruction = name => lines.filter(line => line.startsWith(name + ' '));
  const execForm = line => JSON.parse(line.slice(line.indexOf('[')));
  const env = {};
  instruction('ENV').forEach(line => line.slice(4).trim().split(/\s+/).forEach(pair => {
    const at = pair.indexOf('=');
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }));
  console.log(JSON.stringify({
    entrypoint: execForm(instruction('ENTRYPOINT').pop()),
    healthcheck: execForm(instruction('HEALTHCHECK').pop()),
    env,
  }));
} else if (command === 'environment') {
  const compose = YAML.parse(text, { merge: true });
  const environment = compose.services[service].environment;
  const resolved = {};
  for (const [name, value] of Object.entries(environment)) {
    resolved[name] = interpolate(String(value));
  }
  console.log(JSON.stringify(resolved));
} else {
  throw new Error('usage: node read.js dockerfile FILE | environment FILE SERVICE');
}

/** Compose's ${NAME:?message} and ${NAME:-default}; anything else is refused rather than guessed. */
function interpolate(value) {
  return value.replace(/\$\{([A-Za-z0-9_]+)(?:(:\?|:-)([^}]*))?\}|\$/g, (match, name, operator, argument) => {
    if (!name) {
      throw new Error('unsupported use of $ in ' + value);
    }
    const set = process.env[name] !== undefined && process.env[name] !== '';
    if (operator === ':?' && !set) {
      throw new Error(name + ' is required: ' + argument);
    }
    if (!operator && !set) {
      throw new Error(name + ' is not set');
    }
    return set ? process.env[name] : argument;
  });
}
