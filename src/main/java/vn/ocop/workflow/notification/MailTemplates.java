package vn.ocop.workflow.notification;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notice from its templates in src/main/resources/mail/: an HTML body, where every value is
 * escaped (a product named {@code <script>} arrives as text), and a plain-text alternative.
 */
final class MailTemplates {

  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

  Rendered render(Notice notice, Map<String, Object> model) {
    Context context = new Context();
    context.setVariables(model);
    return new Rendered(text.process(notice.template(), context), html.process(notice.template(), context));
  }

  record Rendered(String text, String html) {
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    // Spring's engine evaluates expressions with SpEL (the plain engine needs OGNL).
    TemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
