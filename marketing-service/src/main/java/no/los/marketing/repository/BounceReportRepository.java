package no.los.marketing.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.marketing.BounceReport;

@ApplicationScoped
public class BounceReportRepository implements PanacheRepositoryBase<BounceReport, UUID> {
}
