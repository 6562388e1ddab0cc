package org.elyte.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core modules free of framework types (DESIGN.md): the same analysis code must run in
 * the CLI, the web server and a Spark executor.
 */
class ArchitectureTest {
    private static JavaClasses coreModules;

    @BeforeAll
    static void importClasses() {
        coreModules = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.elyte.core", "org.elyte.io", "org.elyte.analysis", "org.elyte.sim");
    }

    @Test
    void coreModulesAreFound() {
        // Guards the rule below against passing vacuously when no class is imported.
        org.assertj.core.api.Assertions.assertThat(coreModules.containPackage("org.elyte.core.impedance")).isTrue();
        org.assertj.core.api.Assertions.assertThat(coreModules.containPackage("org.elyte.io.eis")).isTrue();
        org.assertj.core.api.Assertions.assertThat(coreModules.containPackage("org.elyte.analysis.eis.fit")).isTrue();
    }

    @Test
    void coreModulesUseNoFrameworks() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "io.javalin..", "java.sql..", "javax.sql..", "org.apache.spark..", "picocli..", "org.jdbi..",
                "org.flywaydb..", "com.zaxxer..", "org.eclipse.jetty..", "ch.qos.logback..");
        rule.check(coreModules);
    }

    @Test
    void coreModulesNeverDependOnTheApp() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.elyte.app..").check(coreModules);
    }
}
