package jp.jobcoach.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.Test;

/**
 * The layer rules of docs/architecture.md, checked on the compiled classes: a wrong import fails the build, not
 * a review.
 */
public class ArchitectureTest {
    private static final String BASE = "jp.jobcoach.workspace";
    /** The Java EE APIs of either Confluence line (the 9.2 build rewrites jakarta to javax). */
    private static final String[] HOST_APIS = {"com.atlassian..", "jakarta.ws.rs..", "javax.ws.rs..", "jakarta.servlet..",
            "javax.servlet..", "net.java.ao.."};
    /**
     * Test classes by their folder: ArchUnit's own options know {@code target/test-classes} only, and the 9.2 line
     * builds into {@code target/confluence-9.2/test-classes}.
     */
    private static final ImportOption TESTS = location -> location.contains("/test-classes/");
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(location -> !TESTS.includes(location)).importPackages(BASE);
    private static final JavaClasses PLUGIN_TESTS = new ClassFileImporter().withImportOption(TESTS).importPackages(BASE);

    @Test
    public void theDomainUsesNothingOfOursButTheDomain() {
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".service..", BASE + ".store..", BASE + ".port..",
                        BASE + ".confluence..", BASE + ".web..")
                .check(PLUGIN);
    }

    @Test
    public void domainServicesAndPortsKnowNoHostApi() {
        noClasses().that().resideInAnyPackage(BASE + ".domain..", BASE + ".service..", BASE + ".port..")
                .should().dependOnClassesThat().resideInAnyPackage(HOST_APIS)
                .check(PLUGIN);
    }

    @Test
    public void webNeverReachesIntoTheStore() {
        noClasses().that().resideInAPackage(BASE + ".web..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".store..")
                .check(PLUGIN);
    }

    @Test
    public void noPackageCycles() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(PLUGIN);
    }

    @Test
    public void pluginCodeNeverUsesTheWorkbench() {
        noClasses().should().dependOnClassesThat().resideInAPackage("jp.jobcoach.workbench..").check(PLUGIN);
    }

    /** Plugin tests reach the workbench only through the test host, which says what of it they use. */
    @Test
    public void pluginTestsUseTheWorkbenchOnlyThroughTheTestHost() {
        noClasses().that().resideOutsideOfPackage(BASE + ".testhost..")
                .should().dependOnClassesThat().resideInAPackage("jp.jobcoach.workbench..")
                .check(PLUGIN_TESTS);
    }
}
