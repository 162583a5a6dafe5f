package vn.ocop.workflow.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ocop.workflow.input.InvalidInputException;
import vn.ocop.workflow.input.RefusalLog;

/**
 * A step takes exactly the input fields of its Camunda Form: starting a process or completing a task
 * over the REST API or the webapps' API with any other variable is refused, so nobody rewrites the
 * dossier, the council's members or another member's score sheet on the side. Task variables are not
 * written outside a completion at all. Steps without a Camunda Form take any fields.
 *
 * <p>Every step's body must be JSON whose variables fit the types they declare; otherwise the step is
 * refused saying where the body breaks or which field is wrong, before the REST API converts anything.
 */
@Configuration
class FormFieldsOnly {

  private static final String WEBAPP_API = "/camunda/api/";
  private static final String API = "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)";
  private static final Pattern TASK_STEP = Pattern.compile(API + "/task/([^/]+)/(?:complete|submit-form|resolve)$");
  private static final Pattern TASK_VARIABLES = Pattern.compile(API + "/task/([^/]+)/(?:localVariables|variables)(?:/.*)?$");
  private static final Pattern START_BY_KEY = Pattern.compile(API + "/process-definition/key/([^/]+)(?:/tenant-id/[^/]+)?/(?:start|submit-form)$");
  private static final Pattern START_BY_ID = Pattern.compile(API + "/process-definition/([^/]+)/(?:start|submit-form)$");

  private final FormService forms;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final ObjectMapper json;
  private final VariableTypes variableTypes;

  FormFieldsOnly(FormService forms, RepositoryService repository, IdentityService identity, ObjectMapper json,
      ProcessEngineConfiguration engineConfiguration) {
    this.forms = forms;
    this.repository = repository;
    this.identity = identity;
    this.json = json;
    this.variableTypes = new VariableTypes(engineConfiguration.getValueTypeResolver(), json);
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> formFieldsOnlyFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
          chain.doFilter(request, response);
          return;
        }
        if (path.startsWith(WEBAPP_API) && !signedIntoWebapps(request)) {
          // The webapps refuse it themselves; nothing about a form is told to someone not signed in.
          chain.doFilter(request, response);
          return;
        }
        if (TASK_VARIABLES.matcher(path).matches()) {
          refuse(response, HttpServletResponse.SC_FORBIDDEN,
              "Biến của công việc chỉ thay đổi khi hoàn thành biểu mẫu / task variables change only by completing the task's form");
          return;
        }
        if (!isStep(path)) {
          chain.doFilter(request, response);
          return;
        }
        CachedBody body = new CachedBody(request);
        JsonNode variables;
        try {
          variables = json.readTree(body.bytes).path("variables");
        } catch (JsonProcessingException notJson) {
          refuse(response, HttpServletResponse.SC_BAD_REQUEST, RefusalStatus.notValidJson(notJson));
          return;
        }
        Optional<Set<String>> allowed = allowedFields(path);
        Set<String> unexpected = allowed.map(fields -> unexpected(variables, fields)).orElse(Set.of());
        List<String> misfits = variableTypes.problems(variables);
        if (!unexpected.isEmpty()) {
          refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Biểu mẫu không có các trường / the form has no fields "
              + unexpected + "; allowed: " + new TreeSet<>(allowed.get()));
        } else if (!misfits.isEmpty()) {
          refuse(response, HttpServletResponse.SC_BAD_REQUEST,
              InvalidInputException.message("Dữ liệu gửi lên / Submitted data", misfits));
        } else {
          chain.doFilter(body, response);
        }
      }
    });
    registration.setName("ocop-form-fields-only");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Whether the request belongs to a webapp session someone signed into (the REST API authenticates before this filter). */
  private static boolean signedIntoWebapps(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && !AuthenticationUtil.getAuthsFromSession(session).getAuthentications().isEmpty();
  }

  /** The input fields of the step's form, or empty when the path is no step or the step has no form. */
  private Optional<Set<String>> allowedFields(String path) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      Matcher task = TASK_STEP.matcher(path);
      if (task.matches()) {
        return read(() -> forms.getDeployedTaskForm(task.group(1)));
      }
      Matcher byKey = START_BY_KEY.matcher(path);
      if (byKey.matches()) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
            .processDefinitionKey(byKey.group(1)).latestVersion().singleResult();
        return definition == null ? Optional.empty() : read(() -> forms.getDeployedStartForm(definition.getId()));
      }
      Matcher byId = START_BY_ID.matcher(path);
      if (byId.matches() && !byId.group(1).equals("key")) {
        return read(() -> forms.getDeployedStartForm(byId.group(1)));
      }
      return Optional.empty();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private Optional<Set<String>> read(FormSource source) {
    try (InputStream form = source.open()) {
      Set<String> keys = new HashSet<>();
      collectInputKeys(json.readTree(form).path("components"), keys);
      return Optional.of(keys);
    } catch (ProcessEngineException | IOException noCamundaForm) {
      // Unknown task or definition, or a step without a Camunda Form: the engine answers as usual.
      return Optional.empty();
    }
  }

  private static void collectInputKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
        keys.add(component.path("key").asText());
      }
      collectInputKeys(component.path("components"), keys);
    }
  }

  private static Set<String> unexpected(JsonNode variables, Set<String> allowed) {
    Set<String> unexpected = new TreeSet<>();
    variables.fieldNames().forEachRemaining(unexpected::add);
    unexpected.removeAll(allowed);
    return unexpected;
  }

  private static boolean isStep(String path) {
    return TASK_STEP.matcher(path).matches() || START_BY_KEY.matcher(path).matches() || START_BY_ID.matcher(path).matches();
  }

  private void refuse(HttpServletResponse response, int status, String message) throws IOException {
    RefusalLog.log(message);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", message));
  }

  private interface FormSource {
    InputStream open();
  }

  /** The request with its body read once, so it can be checked and then handed on. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] bytes;

    CachedBody(HttpServletRequest request) throws IOException {
      super(request);
      this.bytes = request.getInputStream().readAllBytes();
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }
  }
}
