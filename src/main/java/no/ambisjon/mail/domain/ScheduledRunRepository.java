package no.ambisjon.mail.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduledRunRepository extends JpaRepository<ScheduledRun, ScheduledRun.Key> {
}
