package vn.ocop.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The cookies and CSRF token of a logged-in webapp session, as Tasklist in a browser holds them. */
public record WebappSession(Map<String, String> cookies, String csrfToken) {

  /**
   * Logs in the way a browser does: the first page hands out a session and a CSRF token, the login
   * starts a new session, and its first read hands out that session's token.
   */
  public static WebappSession logIn(TestRestTemplate http, String user, String password) {
    return logIn(http, user, password, "tasklist");
  }

  /** Logs in to one webapp (tasklist, cockpit, admin), which the user must have access to. */
  public static WebappSession logIn(TestRestTemplate http, String user, String password, String app) {
    WebappSession session = new WebappSession(Map.of(), null)
        .after(http.getForEntity("/camunda/app/" + app + "/default/", String.class));
    MultiValueMap<String, String> login = new LinkedMultiValueMap<>();
    login.add("username", user);
    login.add("password", password);
    ResponseEntity<String> loggedIn = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(login, session.headers(MediaType.APPLICATION_FORM_URLENCODED, true)), String.class);
    assertThat(loggedIn.getStatusCode()).as("login of " + user).isEqualTo(HttpStatus.OK);
    session = session.after(loggedIn);
    return session.after(http.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
        new HttpEntity<>(session.headers(MediaType.APPLICATION_JSON, false)), String.class));
  }

  /**
   * A new user who may sign in to one webapp (tasklist, cockpit) and is nothing else: no official, auditor
   * or administrator. Password "demo".
   */
  public static String newVisitor(ProcessEngine engine, String app) {
    String id = "visitor-" + UUID.randomUUID().toString().substring(0, 8);
    User user = engine.getIdentityService().newUser(id);
    user.setPassword("demo");
    engine.getIdentityService().saveUser(user);
    Authorization access = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    access.setUserId(id);
    access.setResource(Resources.APPLICATION);
    access.setResourceId(app);
    access.addPermission(Permissions.ACCESS);
    engine.getAuthorizationService().saveAuthorization(access);
    return id;
  }

  public WebappSession after(ResponseEntity<?> response) {
    Map<String, String> updated = new LinkedHashMap<>(cookies);
    Optional.ofNullable(response.getHeaders().get(HttpHeaders.SET_COOKIE)).orElse(List.of())
        .forEach(c -> updated.put(c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1).split(";")[0]));
    String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
    return new WebappSession(updated, token != null ? token : csrfToken);
  }

  public HttpHeaders headers(MediaType contentType, boolean withCsrfToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(contentType);
    headers.add(HttpHeaders.COOKIE, cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    if (withCsrfToken) {
      headers.add("X-XSRF-TOKEN", csrfToken);
    }
    return headers;
  }
}
