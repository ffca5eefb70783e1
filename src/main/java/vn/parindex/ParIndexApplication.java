package vn.parindex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ParIndex: the yearly administrative-reform index, from score table to remediation plan. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParIndexApplication {

  public static void main(String[] args) {
    SpringApplication.run(ParIndexApplication.class, args);
  }
}
