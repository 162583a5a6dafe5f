package vn.ocop.workflow.producers;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.ocop.workflow.input.RefusalLog;
import vn.ocop.workflow.producers.PasswordLinks.InvalidLinkException;

/**
 * The page a new producer reaches from their mail to choose a password (opened without a login in
 * security/ClosedByDefault: the link's token is the proof). Afterwards they log in to Tasklist.
 */
@Controller
public class ProducerPasswordPage {

  public static final String PATH = "/producers/password";
  private static final String PAGE = "producer-password";

  private final PasswordLinks links;

  public ProducerPasswordPage(PasswordLinks links) {
    this.links = links;
  }

  @GetMapping(PATH)
  public String form(@RequestParam(defaultValue = "") String token, Model model) {
    model.addAttribute("account", links.accountOf(token));
    model.addAttribute("token", token);
    model.addAttribute("minLength", PasswordLinks.MIN_PASSWORD_LENGTH);
    return PAGE;
  }

  @PostMapping(PATH)
  public ModelAndView choose(@RequestParam(defaultValue = "") String token,
      @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat) {
    String account = links.accountOf(token);
    String problem = password.length() < PasswordLinks.MIN_PASSWORD_LENGTH
        ? "Mật khẩu cần ít nhất " + PasswordLinks.MIN_PASSWORD_LENGTH + " ký tự / the password needs at least "
            + PasswordLinks.MIN_PASSWORD_LENGTH + " characters"
        : !password.equals(repeat) ? "Hai lần nhập mật khẩu không giống nhau / the two passwords differ" : null;
    ModelAndView page = new ModelAndView(PAGE);
    page.addObject("account", account);
    page.addObject("minLength", PasswordLinks.MIN_PASSWORD_LENGTH);
    if (problem != null) {
      RefusalLog.log("password of " + account + ": " + problem);
      page.addObject("token", token);
      page.addObject("problem", problem);
      page.setStatus(HttpStatus.BAD_REQUEST);
      return page;
    }
    links.redeem(token, password);
    page.addObject("done", true);
    return page;
  }

  @ExceptionHandler(InvalidLinkException.class)
  public ModelAndView invalid(InvalidLinkException refusal) {
    RefusalLog.log("password link: " + refusal.getMessage());
    ModelAndView page = new ModelAndView(PAGE, HttpStatus.NOT_FOUND);
    page.addObject("problem", refusal.getMessage());
    page.addObject("invalid", true);
    return page;
  }
}
