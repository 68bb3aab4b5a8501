extension CatalogSections {
    private static let synapse = "synapse/homeserver.yaml"
    static let kubernetesName = OptionType.text(pattern: "[a-z0-9]([-a-z0-9]*[a-z0-9])?", example: "synapse-media")

    static let storage: [Option] = [
        Option(
            "storage.postgres.host", .hostname, required: true, scope: .overridable,
            "Host of the managed Postgres service.",
            reaches: ["\(synapse): database.args.host", "openshift/keycloak.yaml: spec.db.host"]),
        Option(
            "storage.postgres.port", .int(1...65535), default: .int(5432), scope: .overridable,
            "Port of the Postgres service.",
            reaches: ["\(synapse): database.args.port", "openshift/keycloak.yaml: spec.db.port"]),
        Option(
            "storage.postgres.database", .text(pattern: "[A-Za-z_][A-Za-z0-9_]*", example: "synapse"), default: .string("synapse"),
            "Database of Synapse; it must use the C collation.",
            reaches: ["\(synapse): database.args.dbname"]),
        Option(
            "storage.postgres.user", .text(pattern: "[A-Za-z_][A-Za-z0-9_]*", example: "synapse"), default: .string("synapse"),
            "Database user of Synapse.",
            reaches: ["\(synapse): database.args.user"]),
        Option(
            "storage.postgres.password", .secretReference, required: true, scope: .overridable, security: true,
            "Secret with Synapse's database password, passed as PGPASSWORD.",
            reaches: ["openshift/synapse.yaml: env.PGPASSWORD"]),
        Option(
            "storage.postgres.sslmode", .enumeration(["disable", "require", "verify-ca", "verify-full"]),
            default: .string("verify-full"), scope: .overridable, security: true,
            "How strictly Synapse checks the database's TLS certificate.",
            reaches: ["\(synapse): database.args.sslmode"]),
        Option(
            "storage.postgres.pool_min", .int(1...100), default: .int(5),
            "Connections Synapse keeps open at least.",
            reaches: ["\(synapse): database.args.cp_min"]),
        Option(
            "storage.postgres.pool_max", .int(1...200), default: .int(10), scope: .overridable,
            "Connections Synapse opens at most.",
            reaches: ["\(synapse): database.args.cp_max"]),
        Option(
            "storage.postgres.keycloak_database", .text(pattern: "[A-Za-z_][A-Za-z0-9_]*", example: "keycloak"),
            default: .string("keycloak"),
            "Database of Keycloak on the same Postgres service.",
            reaches: ["openshift/keycloak.yaml: spec.db.database"]),
        Option(
            "storage.postgres.keycloak_credentials", kubernetesName, required: true, scope: .overridable, security: true,
            "Secret with the keys username and password of Keycloak's database user.",
            reaches: ["openshift/keycloak.yaml: spec.db.usernameSecret"]),
        Option(
            "storage.media.backend", .enumeration(["s3", "volume"]), default: .string("s3"),
            "Where uploaded media live: in an S3 bucket, or on a persistent volume.",
            reaches: ["\(synapse): media_storage_providers", "openshift/synapse.yaml: volumes"]),
        Option(
            "storage.media.s3_bucket", .text(pattern: "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", example: "messenger-media"),
            scope: .overridable,
            "Bucket that holds the media when the backend is s3.",
            reaches: ["\(synapse): media_storage_providers[0].config.bucket"]),
        Option(
            "storage.media.s3_endpoint", .url(), scope: .overridable,
            "S3 endpoint of the object store when the backend is s3.",
            reaches: ["\(synapse): media_storage_providers[0].config.endpoint_url"]),
        Option(
            "storage.media.s3_region", .text(pattern: "[a-z0-9-]+", example: "eu-central-1"), default: .string("eu-central-1"),
            scope: .overridable,
            "Region of the bucket.",
            reaches: ["\(synapse): media_storage_providers[0].config.region_name"]),
        Option(
            "storage.media.s3_credentials", kubernetesName, scope: .overridable, security: true,
            "Secret with the keys AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for the bucket.",
            reaches: ["openshift/synapse.yaml: envFrom"]),
        Option(
            "storage.media.volume_size", .text(pattern: "[0-9]+(Mi|Gi|Ti)", example: "50Gi"), default: .string("50Gi"),
            scope: .overridable,
            "Size of the volume that keeps local media and the S3 upload cache.",
            reaches: ["openshift/synapse.yaml: PersistentVolumeClaim"]),
        Option(
            "storage.max_upload_size", .byteSize(min: 1024), default: .string("100M"),
            "Largest file users may upload.",
            reaches: ["\(synapse): max_upload_size", "openshift/routes.yaml: synapse timeout"]),
        Option(
            "storage.max_image_pixels", .byteSize(min: 1024), default: .string("32M"),
            "Largest image, in pixels, that Synapse makes thumbnails of.",
            reaches: ["\(synapse): max_image_pixels"]),
        Option(
            "storage.media_retention.local", .duration(min: 86_400_000),
            "Time after which unused local media are deleted; unset keeps them.",
            reaches: ["\(synapse): media_retention.local_media_lifetime"]),
        Option(
            "storage.media_retention.remote", .duration(min: 86_400_000), default: .string("30d"),
            "Time after which cached media of other servers are deleted.",
            reaches: ["\(synapse): media_retention.remote_media_lifetime"]),
        Option(
            "storage.dynamic_thumbnails", .bool, default: .bool(false),
            "Whether Synapse makes thumbnails of any size a client asks for.",
            reaches: ["\(synapse): dynamic_thumbnails"]),
    ]
}
