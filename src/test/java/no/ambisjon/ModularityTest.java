package no.ambisjon;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules and what each may use, as their package-info.java declares it: no module reaches
 * into another's internals, none depends on a module it does not name, and there are no cycles.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void every_module_keeps_to_its_declared_dependencies() {
        MODULES.verify();
    }

    @Test
    void the_module_documentation_can_be_written() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
