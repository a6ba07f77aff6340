package org.dynamodbworkshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DisplayName("The endpoint and credential rules the tests and the command line share")
class EndpointsTest {

    @Test
    @DisplayName("the DynamoDB-specific setting wins over the general one, and no setting means none")
    void readsTheStandardSettings() {
        assertThat(Endpoints.configured(Map.of("AWS_ENDPOINT_URL_DYNAMODB", "http://localhost:8001",
                "AWS_ENDPOINT_URL", "http://localhost:9"))).contains(URI.create("http://localhost:8001"));
        assertThat(Endpoints.configured(Map.of("AWS_ENDPOINT_URL", " http://127.0.0.1:8000 ")))
                .contains(URI.create("http://127.0.0.1:8000"));
        assertThat(Endpoints.configured(Map.of("AWS_ENDPOINT_URL_DYNAMODB", " "))).isEmpty();
    }

    @Test
    @DisplayName("text that is no URL is refused with a message naming it")
    void refusesWhatIsNoUrl() {
        assertThatThrownBy(() -> Endpoints.parse("localhost:8000"))
                .hasMessage("the endpoint \"localhost:8000\" is not a URL such as http://localhost:8000");
        assertThatThrownBy(() -> Endpoints.parse("not a url")).hasMessageContaining("\"not a url\"");
    }

    @Test
    @DisplayName("an endpoint on this machine gets DynamoDB Local's dummy credentials, whatever AWS settings exist")
    void localEndpointsNeedNoAccount() {
        assertThat(Endpoints.isLocal(URI.create("http://localhost:8000"))).isTrue();
        assertThat(Endpoints.isLocal(URI.create("http://127.0.0.1:8000"))).isTrue();
        assertThat(Endpoints.isLocal(URI.create("http://[::1]:8000"))).isTrue();
        assertThat(Endpoints.isLocal(URI.create("http://10.0.0.5:8000"))).isFalse();
        assertThat(Endpoints.isLocal(URI.create("https://dynamodb.eu-west-1.amazonaws.com"))).isFalse();

        try (DynamoDbClient client = Endpoints.configure(DynamoDbClient.builder(),
                URI.create("http://localhost:8000")).build()) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Endpoints.LOCAL_REGION);
            assertThat(client.serviceClientConfiguration().credentialsProvider().resolveIdentity().join())
                    .isInstanceOfSatisfying(AwsBasicCredentials.class,
                            credentials -> assertThat(credentials.accessKeyId()).isEqualTo("workshop"));
        }
    }
}
