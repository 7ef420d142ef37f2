package no.los.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import no.los.platform.problem.ProblemResponsesFilter;

/**
 * The one OpenAPI filter of every service ({@code mp.openapi.filter} takes one): the problem
 * responses first, then the headers every response carries, then where the API is served and how
 * its tokens are checked.
 */
public class SuiteDocumentFilter implements OASFilter {

    private final List<OASFilter> steps = List.of(new ProblemResponsesFilter(), new ResponseHeadersDocumentation(),
            new DeploymentDocumentation());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        steps.forEach(step -> step.filterOpenAPI(openAPI));
    }
}
