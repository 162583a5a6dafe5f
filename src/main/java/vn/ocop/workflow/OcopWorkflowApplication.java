package vn.ocop.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OcopWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(OcopWorkflowApplication.class, args);
  }
}
