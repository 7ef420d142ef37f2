package no.los.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * TLS material for the receiving controllers of the tests, made with the JDK's own keytool into
 * {@code target/}: a self-signed certificate for 127.0.0.1 per receiver, and a trust store holding
 * the certificates dsar-service is told to trust; and the key dsar-service signs transfer manifests with.
 */
public final class SelfSignedCertificates {

    public static final String PASSWORD = "transfer-test-" + ProcessHandle.current().pid();

    private final Path directory;

    public SelfSignedCertificates(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PKCS#12 key store with a fresh key pair and its self-signed certificate for 127.0.0.1. */
    public Path keyStore(String alias) {
        Path store = directory.resolve(alias + ".p12");
        deleteLeftOver(store);
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1, O=" + alias, "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        return store;
    }

    /** A PKCS#12 trust store holding the certificates of the aliases' key stores. */
    public Path trustStore(String name, String... aliases) {
        Path trust = directory.resolve(name + ".p12");
        deleteLeftOver(trust);
        for (String alias : aliases) {
            Path certificate = directory.resolve(alias + ".pem");
            deleteLeftOver(certificate);
            keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", directory.resolve(alias + ".p12").toString(),
                    "-storepass", PASSWORD, "-file", certificate.toString());
            keytool("-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(),
                    "-keystore", trust.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        }
        return trust;
    }

    /** A fresh 2048-bit RSA signing key as a PKCS#8 PEM, as a secret store would hand it over. */
    public static String freshSigningKeyPem() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n"
                    + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store of an earlier run has another password: each run makes its own. */
    private static void deleteLeftOver(Path store) {
        try {
            Files.deleteIfExists(store);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
