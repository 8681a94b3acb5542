package no.ambisjon.okr.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyResultRepository extends JpaRepository<KeyResult, Long> {

    List<KeyResult> findByObjectiveIdInAndArchivedFalseOrderById(Collection<Long> objectiveIds);
}
