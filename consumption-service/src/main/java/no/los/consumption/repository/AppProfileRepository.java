package no.los.consumption.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.app.AppProfile;

@ApplicationScoped
public class AppProfileRepository implements PanacheRepositoryBase<AppProfile, UUID> {
}
