package vn.ocop.workflow;

import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OcopWorkflowApplication {

  public static void main(String[] args) {
    // The engine makes a DatatypeFactory for every job it creates with a retry cycle (each mail delivery):
    // without this property the JDK looks for another one on the whole class path each time, a tenth of
    // the job threads' time in a timer burst. The JDK's own is the one it finds (the jar ships no other).
    System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
        System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS));
    SpringApplication.run(OcopWorkflowApplication.class, args);
  }
}
