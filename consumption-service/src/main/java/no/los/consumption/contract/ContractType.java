package no.los.consumption.contract;

/** The kinds of supply contract customer-service sells (NVE): spot, fixed price, variable price. */
public enum ContractType {
    SPOT,
    FASTPRIS,
    VARIABEL
}
