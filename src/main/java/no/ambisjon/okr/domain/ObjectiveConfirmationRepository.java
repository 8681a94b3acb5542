package no.ambisjon.okr.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectiveConfirmationRepository extends JpaRepository<ObjectiveConfirmation, Long> {

    List<ObjectiveConfirmation> findByObjectiveIdIn(Collection<Long> objectiveIds);
}
