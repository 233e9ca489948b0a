"""Generate software_cloud_services.tsv: named cloud products and hosted
services (Rackspace, AWS, Google Cloud, Azure, IBM, other IaaS/PaaS/SaaS).
A company's product named with the company is Software; the bare company is an
Organization (see organizations.tsv). Hand-curated from general knowledge.

Run: /work/main/.venv/bin/python data/gazetteers/make_software_cloud_services.py
"""

from _gazlib import entry, parse_table, write_tsv

# Rackspace products: "Rackspace X" canonical, bare "X" (and "Rackspace Cloud X") aliases.
RACKSPACE = [
    ("Cloud Servers", "OpenCloud Servers|Next Gen Cloud Servers|Next Generation Cloud Servers"),
    ("Cloud Files", ""),
    ("Cloud Databases", ""),
    ("Cloud Monitoring", ""),
    ("Cloud Load Balancers", ""),
    ("Cloud DNS", ""),
    ("Cloud Block Storage", ""),
    ("Cloud Queues", ""),
    ("Cloud Backup", ""),
    ("Cloud Networks", ""),
    ("Cloud Sites", ""),
    ("Cloud Big Data", ""),
    ("Cloud Orchestration", ""),
    ("Cloud Identity", ""),
    ("Cloud Images", ""),
    ("Cloud Feeds", ""),
    ("Cloud Metrics", ""),
    ("Cloud Office", ""),
    ("Cloud Intelligence", ""),
    ("Auto Scale", "Autoscale"),
    ("OnMetal", "OnMetal Cloud Servers"),
    ("Private Cloud", "RPC"),
    ("Managed Cloud", ""),
    ("Hybrid Cloud", ""),
    ("Cloud Control Panel", ""),
    ("Email", "Rackspace Email & Apps"),
    ("CDN", ""),
    ("Fanatical Support for AWS", ""),
    ("Mailgun", ""),
    ("ObjectRocket", ""),
]
# bare names that are generic phrases: only the "Rackspace ..." form is listed
RACKSPACE_NO_BARE = {"Private Cloud", "Managed Cloud", "Public Cloud", "Hybrid Cloud",
                     "Email", "CDN", "Auto Scale", "Cloud Control Panel", "Cloud Backup",
                     "Cloud Monitoring", "Cloud Networks", "Cloud Identity", "Cloud Images",
                     "Cloud Metrics", "Cloud Office", "Cloud Intelligence", "Cloud Feeds",
                     "Cloud Orchestration", "Cloud Big Data", "Cloud DNS", "Mailgun",
                     "ObjectRocket", "Fanatical Support for AWS"}

# name ; aliases ; ambiguous ; wikidata
TABLE = """
Rackspace Cloud ; Rackspace Public Cloud|Rackspace Open Cloud|Rackspace OpenCloud ; 0
Rackspace Cloud Servers ; Cloud Servers|Rackspace Cloud Servers|Next Gen Cloud Servers ; 0
Rackspace Cloud Files ; Cloud Files|CloudFiles ; 0
Rackspace Cloud Databases ; Cloud Databases|Cloud DB ; 0
Rackspace Cloud Block Storage ; Cloud Block Storage ; 0
Rackspace Cloud Load Balancers ; Cloud Load Balancers|Cloud Load Balancer ; 0
Rackspace Cloud Queues ; Cloud Queues ; 0
Rackspace Cloud Sites ; Cloud Sites ; 0
Rackspace Private Cloud ; Rackspace Private Cloud Software|Alamo ; 0
Rackspace OnMetal ; OnMetal ; 0
Mailgun ; ; 0
ObjectRocket ; ; 0
Amazon Web Services ; AWS ; 0
Amazon EC2 ; EC2|Elastic Compute Cloud|Amazon Elastic Compute Cloud|AWS EC2 ; 0
Amazon S3 ; S3|Simple Storage Service|Amazon Simple Storage Service|AWS S3 ; 0
AWS Lambda ; Lambda|Amazon Lambda ; 1
Amazon RDS ; RDS|Relational Database Service|AWS RDS ; 0
Amazon DynamoDB ; DynamoDB|Dynamo DB ; 0
Amazon Dynamo ; Dynamo ; 1
Amazon SimpleDB ; SimpleDB ; 0
Amazon Redshift ; Redshift ; 0
Amazon Aurora ; ; 0
Amazon ElastiCache ; ElastiCache ; 0
Amazon CloudFront ; CloudFront ; 0
Amazon Route 53 ; Route 53|Route53 ; 0
Amazon VPC ; VPC|Virtual Private Cloud ; 0
Amazon EBS ; EBS|Elastic Block Store ; 0
Amazon EFS ; EFS|Elastic File System ; 0
Amazon Glacier ; Glacier|S3 Glacier ; 1
Amazon SQS ; SQS|Simple Queue Service ; 0
Amazon SNS ; SNS|Simple Notification Service ; 0
Amazon SES ; SES|Simple Email Service ; 0
Amazon Kinesis ; Kinesis ; 0
Amazon Athena ; Athena ; 1
Amazon ECS ; ECS|EC2 Container Service|Elastic Container Service ; 0
Amazon EKS ; EKS|Elastic Kubernetes Service ; 0
Amazon ECR ; ECR ; 0
AWS Fargate ; Fargate ; 0
AWS Elastic Beanstalk ; Elastic Beanstalk|Beanstalk ; 0
AWS CloudFormation ; CloudFormation ; 0
AWS OpsWorks ; OpsWorks ; 0
AWS CodeDeploy ; CodeDeploy ; 0
AWS CodePipeline ; CodePipeline ; 0
AWS CodeCommit ; CodeCommit ; 0
AWS CodeBuild ; CodeBuild ; 0
Amazon CloudWatch ; CloudWatch ; 0
AWS CloudTrail ; CloudTrail ; 0
AWS IAM ; IAM|Identity and Access Management ; 0
AWS Direct Connect ; Direct Connect ; 0
AWS Storage Gateway ; ; 0
AWS Snowball ; Snowball ; 1
Amazon Elastic Load Balancing ; ELB|Elastic Load Balancer|Elastic Load Balancing ; 0
Amazon Elastic Transcoder ; ; 0
Amazon SWF ; Simple Workflow Service ; 0
AWS Step Functions ; Step Functions ; 0
Amazon API Gateway ; API Gateway ; 0
Amazon Cognito ; Cognito ; 0
AWS Data Pipeline ; Data Pipeline ; 0
AWS Glue ; ; 0
Amazon QuickSight ; QuickSight ; 0
Amazon SageMaker ; SageMaker ; 0
Amazon Machine Learning ; ; 0
Amazon Rekognition ; Rekognition ; 0
Amazon Polly ; ; 0
Amazon Lex ; ; 0
Amazon Comprehend ; ; 0
Amazon Bedrock ; ; 0
Amazon Lightsail ; Lightsail ; 0
Amazon WorkSpaces ; WorkSpaces ; 0
Amazon WorkDocs ; ; 0
Amazon AppStream ; ; 0
Amazon Mechanical Turk ; Mechanical Turk|MTurk ; 0
AWS Marketplace ; ; 0
AWS GovCloud ; GovCloud ; 0
AWS Outposts ; ; 0
AWS IoT ; ; 0
AWS Greengrass ; ; 0
AWS Amplify ; ; 0
AWS AppSync ; ; 0
AWS X-Ray ; ; 0
AWS Config ; ; 0
AWS Trusted Advisor ; Trusted Advisor ; 0
AWS Key Management Service ; AWS KMS ; 0
AWS Shield ; ; 0
AWS WAF ; ; 0
AWS Secrets Manager ; ; 0
AWS Systems Manager ; ; 0
AWS CLI ; aws-cli|awscli ; 0
AWS SDK ; ; 0
AWS CDK ; Cloud Development Kit ; 0
AWS SAM ; Serverless Application Model ; 0
Amazon Neptune ; ; 0
Amazon DocumentDB ; DocumentDB ; 0
Amazon Keyspaces ; ; 0
Amazon Timestream ; ; 0
Amazon MSK ; ; 0
Amazon MQ ; ; 0
Amazon Elasticsearch Service ; Amazon OpenSearch Service ; 0
Amazon CloudSearch ; CloudSearch ; 0
Amazon Chime ; ; 0
Amazon Connect ; ; 0
Amazon Alexa ; Alexa ; 1
Amazon Echo ; ; 0
Amazon Kindle ; Kindle ; 0
Amazon Fire ; ; 0
Amazon Prime ; ; 0
Amazon Silk ; ; 0
Google Cloud Platform ; GCP|Google Cloud ; 0
Google App Engine ; App Engine|AppEngine|GAE ; 0
Google Compute Engine ; Compute Engine|GCE ; 0
Google Kubernetes Engine ; GKE|Google Container Engine ; 0
Google Cloud Storage ; GCS ; 0
Google Cloud SQL ; Cloud SQL ; 0
Google Cloud Datastore ; Cloud Datastore ; 0
Google Cloud Firestore ; Firestore ; 0
Google Cloud Spanner ; Cloud Spanner|Spanner ; 0
Google Bigtable ; Bigtable|Cloud Bigtable|BigTable ; 0
Google BigQuery ; BigQuery ; 0
Google Cloud Dataflow ; Dataflow ; 1
Google Cloud Dataproc ; Dataproc ; 0
Google Cloud Pub/Sub ; Cloud Pub/Sub|Pub/Sub ; 0
Google Cloud Functions ; Cloud Functions ; 0
Google Cloud Run ; Cloud Run ; 0
Google Cloud Build ; Cloud Build ; 0
Google Cloud Shell ; Cloud Shell ; 0
Google Cloud Endpoints ; Cloud Endpoints ; 0
Google Cloud Vision API ; Cloud Vision ; 0
Google Cloud Natural Language ; ; 0
Google Cloud Speech-to-Text ; ; 0
Google Cloud Translation ; Google Translate ; 0
Google Cloud Machine Learning Engine ; Cloud ML Engine ; 0
Vertex AI ; ; 0
Google Anthos ; Anthos ; 0
Firebase ; ; 0
Google Stackdriver ; Stackdriver ; 0
Google Apps ; G Suite|Google Workspace ; 0
Google Drive ; ; 0
Google Analytics ; ; 0
Google AdWords ; AdWords|Google Ads ; 0
Google Fiber ; ; 0
Google Glass ; ; 0
Google Wave ; ; 0
Google+ ; Google Plus ; 0
Google Hangouts ; Hangouts|Google Hangout ; 0
Google Chrome Web Store ; ; 0
Google Play ; ; 0
Google Web Toolkit ; GWT ; 0
Google File System ; GFS ; 0
Google Colab ; Colab ; 0
TensorFlow Serving ; ; 0
Microsoft Azure ; Azure|Windows Azure|azure ; 0
Azure Virtual Machines ; ; 0
Azure Blob Storage ; ; 0
Azure SQL Database ; SQL Azure ; 0
Azure Cosmos DB ; Cosmos DB ; 0
Azure Functions ; ; 0
Azure App Service ; Azure Websites ; 0
Azure Kubernetes Service ; AKS ; 0
Azure Container Service ; ACS ; 0
Azure Service Fabric ; Service Fabric ; 0
Azure DevOps ; Visual Studio Team Services|VSTS|Team Foundation Server|TFS ; 0
Azure Active Directory ; Azure AD ; 0
Azure HDInsight ; HDInsight ; 0
Azure Machine Learning ; Azure ML ; 0
Azure Stack ; ; 0
Azure Event Hubs ; Event Hubs ; 0
Azure Service Bus ; ; 0
Azure Data Lake ; ; 0
Azure Synapse Analytics ; ; 0
Azure Resource Manager ; ARM templates ; 0
Azure CLI ; ; 0
Microsoft Dynamics ; Dynamics 365 ; 0
Microsoft SharePoint ; SharePoint ; 0
Microsoft Exchange ; Exchange Server ; 0
Microsoft System Center ; System Center ; 0
Microsoft Outlook ; Outlook ; 1
Microsoft Kinect ; Kinect ; 0
Microsoft HoloLens ; HoloLens ; 0
Xbox ; ; 0
Bing ; ; 0
GitHub Copilot ; Copilot ; 1
IBM Cloud ; IBM Bluemix|Bluemix ; 0
IBM SoftLayer ; SoftLayer Cloud ; 0
IBM Watson ; Watson ; 1
IBM Cloud Object Storage ; Cleversafe ; 0
IBM Power Systems ; ; 0
IBM z Systems ; IBM Z ; 0
Oracle Cloud ; Oracle Cloud Infrastructure ; 0
Oracle Exadata ; Exadata ; 0
Alibaba Cloud ; Aliyun ; 0
Tencent Cloud ; ; 0
Huawei Cloud ; ; 0
DigitalOcean Droplets ; Droplets ; 1
DigitalOcean Spaces ; ; 0
Linode Cloud ; ; 0
Vultr Cloud ; ; 0
Heroku ; heroku ; 0
Engine Yard Cloud ; ; 0
OpenShift Online ; ; 0
AppFog ; ; 0
dotCloud ; DotCloud ; 0
Nodejitsu ; ; 0
Joyent Cloud ; Joyent Triton|Triton ; 0
Joyent Manta ; Manta ; 1
HP Cloud ; HP Public Cloud|HP Helion|Helion ; 0
Verizon Cloud ; ; 0
CenturyLink Cloud ; ; 0
VMware vCloud Air ; vCloud Air ; 0
Netlify ; ; 0
Vercel ; ZEIT Now ; 0
Fly.io ; ; 0
Render ; ; 1
Glitch ; ; 1
Cloudflare Workers ; ; 0
Cloudflare CDN ; ; 0
Akamai CDN ; ; 0
Fastly CDN ; ; 0
Backblaze B2 ; B2 Cloud Storage ; 0
Wasabi Hot Cloud Storage ; ; 0
Dropbox Business ; ; 0
Box Platform ; ; 0
GitHub Enterprise ; GHE ; 0
GitHub Pages ; gh-pages ; 0
GitHub Actions ; ; 0
GitHub Gist ; Gist|Gists ; 1
GitHub Codespaces ; Codespaces ; 0
GitHub Packages ; ; 0
GitHub API ; ; 0
GitHub Desktop ; ; 0
GitHub Issues ; ; 0
Bitbucket ; BitBucket ; 0
SourceForge ; ; 0
Google Code ; ; 0
Semaphore CI ; ; 0
Shippable ; ; 0
AppVeyor ; ; 0
Dependabot ; ; 0
Greenkeeper ; ; 0
New Relic APM ; ; 0
Datadog APM ; ; 0
AppDynamics APM ; ; 0
Dynatrace APM ; ; 0
Logentries ; ; 0
Sentry ; ; 1
Honeybadger ; ; 1
StatusPage ; Statuspage ; 0
Boundary ; ; 1
Stackdriver Monitoring ; ; 0
Opsgenie ; OpsGenie ; 0
VictorOps ; ; 0
Mandrill ; ; 0
Firebase Realtime Database ; ; 0
Parse ; Parse Server ; 1
Salesforce Sales Cloud ; Sales Cloud ; 0
Salesforce Platform ; Force.com ; 0
Heroku Postgres ; ; 0
HubSpot CRM ; ; 0
Twitter API ; ; 0
Facebook Graph API ; Graph API ; 0
ChatGPT ; ; 0
OpenAI API ; ; 0
Claude ; ; 1
Gemini ; ; 1
Siri ; ; 0
Cortana ; ; 0
Google Assistant ; ; 0
iCloud ; ; 0
App Store ; ; 0
Apple Pay ; ; 0
Apple Watch ; ; 0
iPhone ; ; 0
iPad ; ; 0
MacBook ; MacBook Pro|MacBook Air ; 0
Mac Pro ; ; 0
Raspberry Pi ; ; 0
Arduino ; ; 0
BeagleBone ; ; 0
Oculus Rift ; ; 0
Nest Thermostat ; ; 0
Intel Xeon ; Xeon ; 0
Intel Atom ; ; 0
NVIDIA CUDA ; CUDA ; 0
Cisco UCS ; UCS ; 0
Cisco Nexus ; ; 0
HP Moonshot ; Moonshot ; 1
HP ProLiant ; ProLiant ; 0
Dell PowerEdge ; PowerEdge ; 0
NetApp ONTAP ; ONTAP|Data ONTAP ; 0
EMC ViPR ; ViPR ; 0
EMC ScaleIO ; ScaleIO ; 0
SolidFire Element OS ; ; 0
Nutanix Acropolis ; ; 0
"""


# Amazon Web Services
AWS_MORE = """
Amazon EKS ; EKS|Elastic Kubernetes Service|Amazon Elastic Kubernetes Service|AWS EKS ; 0
Amazon ECS ; ECS|Elastic Container Service|Amazon Elastic Container Service|AWS ECS ; 0
AWS Fargate ; Fargate ; 0
Amazon ECR ; ECR|Elastic Container Registry ; 0
AWS App Runner ; App Runner ; 0
AWS Elastic Beanstalk ; Elastic Beanstalk ; 0
AWS Batch ;  ; 0
AWS Outposts ; Outposts ; 0
AWS Local Zones ;  ; 0
AWS Wavelength ;  ; 0
AWS Snowball ; ; 0
AWS Graviton ; Graviton ; 0
AWS Nitro ; Nitro System|AWS Nitro System ; 0
AWS Inferentia ; Inferentia ; 0
AWS Trainium ; Trainium ; 0
Amazon EBS ; EBS|Elastic Block Store ; 0
Amazon EFS ; EFS|Elastic File System ; 0
Amazon FSx ; FSx ; 0
AWS Storage Gateway ;  ; 0
AWS Backup ;  ; 0
AWS DataSync ;  ; 0
AWS Transfer Family ;  ; 0
Amazon VPC ; VPC|Virtual Private Cloud ; 0
Amazon Route 53 ; Route 53|Route53 ; 0
Amazon CloudFront ; CloudFront ; 0
AWS Direct Connect ; Direct Connect ; 0
AWS Transit Gateway ; Transit Gateway ; 0
AWS PrivateLink ; PrivateLink ; 0
AWS Global Accelerator ;  ; 0
Amazon API Gateway ; API Gateway ; 0
AWS App Mesh ; App Mesh ; 0
AWS Cloud Map ;  ; 0
Amazon SQS ; SQS|Simple Queue Service ; 0
Amazon SNS ; SNS|Simple Notification Service ; 0
Amazon EventBridge ; EventBridge ; 0
AWS Step Functions ; Step Functions ; 0
Amazon MQ ;  ; 0
Amazon MSK ; MSK|Managed Streaming for Apache Kafka ; 0
Amazon Kinesis Data Streams ; Kinesis Data Streams ; 0
Amazon Kinesis Data Firehose ; Kinesis Firehose ; 0
AWS Glue ; ; 0
Amazon Athena ; ; 0
AWS Lake Formation ; Lake Formation ; 0
Amazon QuickSight ; QuickSight ; 0
Amazon Managed Service for Prometheus ;  ; 0
Amazon Managed Grafana ;  ; 0
Amazon CloudWatch ; CloudWatch ; 0
AWS CloudTrail ; CloudTrail ; 0
AWS X-Ray ; ; 0
AWS Config ;  ; 0
AWS Systems Manager ; Systems Manager|SSM ; 0
AWS Organizations ;  ; 0
AWS Control Tower ; Control Tower ; 0
AWS Security Hub ; Security Hub ; 0
Amazon GuardDuty ; GuardDuty ; 0
Amazon Inspector ;  ; 0
Amazon Macie ; Macie ; 0
AWS WAF ;  ; 0
AWS Shield ;  ; 0
AWS Certificate Manager ;  ; 0
Amazon Cognito ; Cognito ; 0
AWS Amplify ; ; 0
AWS AppSync ; AppSync ; 0
AWS Cloud9 ;  ; 0
AWS CLI ;  ; 0
AWS SDK ;  ; 0
AWS Copilot ;  ; 0
eksctl ;  ; 0
AWS Proton ;  ; 0
AWS Marketplace ;  ; 0
AWS Cost Explorer ;  ; 0
AWS Well-Architected Framework ; Well-Architected Framework ; 0
Amazon Lightsail ; Lightsail ; 0
Amazon WorkSpaces ; WorkSpaces ; 0
Amazon Chime ;  ; 0
Amazon Connect ;  ; 0
Amazon SES ; SES|Simple Email Service ; 0
Amazon Pinpoint ;  ; 0
AWS IoT Core ;  ; 0
AWS IoT Greengrass ; Greengrass ; 0
AWS RoboMaker ;  ; 0
AWS Ground Station ;  ; 0
Amazon Braket ;  ; 0
AWS Elemental MediaConvert ; MediaConvert ; 0
Amazon Alexa ; ; 0
Amazon Simple Workflow Service ; SWF ; 0
Amazon SimpleDB ; SimpleDB ; 0
AWS OpsWorks ; OpsWorks ; 0
AWS Service Catalog ;  ; 0
"""

# Google Cloud
GCP_MORE = """
Google Traffic Director ; Traffic Director ; 0
Google Compute Engine ; GCE|Compute Engine ; 0
Google Kubernetes Engine ; GKE|Kubernetes Engine|GKE Autopilot|Container Engine|Google Container Engine ; 0
Google App Engine ; App Engine|GAE ; 0
Google Cloud Run ; Cloud Run ; 0
Google Cloud Functions ; Cloud Functions ; 0
Google Cloud Storage ; GCS ; 0
Google Cloud SQL ; Cloud SQL ; 0
Google Bigtable ; Bigtable|BigTable|Cloud Bigtable ; 0
Google Cloud Pub/Sub ; Pub/Sub|Cloud Pub/Sub ; 0
Google Cloud Dataflow ; Dataflow|Cloud Dataflow ; 0
Google Cloud Dataproc ; Dataproc ; 0
Google Cloud Composer ; Cloud Composer ; 0
Google Dataplex ; Dataplex ; 0
Google Cloud Memorystore ; Memorystore ; 0
Google Filestore ; Filestore ; 0
Google Cloud Load Balancing ; Cloud Load Balancing ; 0
Google Cloud CDN ; Cloud CDN ; 0
Google Cloud DNS ;  ; 0
Google Cloud Armor ; Cloud Armor ; 0
Google Cloud Endpoints ; Cloud Endpoints ; 0
Google Apigee ; Apigee Edge|Apigee X ; 0
Google Anthos ; Anthos ; 0
Google Distributed Cloud ;  ; 0
Google Cloud Deploy ; Cloud Deploy ; 0
Google Artifact Registry ; Artifact Registry ; 0
Google Container Registry ; GCR ; 0
Google Cloud Source Repositories ;  ; 0
Google Cloud Monitoring ; Cloud Monitoring ; 0
Google Cloud Logging ; Cloud Logging ; 0
Google Cloud Trace ; Cloud Trace ; 0
Google Cloud Profiler ;  ; 0
Google Cloud IAM ; Cloud IAM ; 0
Google Cloud KMS ; Cloud KMS ; 0
Google Secret Manager ; Secret Manager ; 0
Google Security Command Center ; Security Command Center ; 0
Google Chronicle ; ; 0
Google BeyondCorp ; BeyondCorp ; 0
Google Cloud Shell ; Cloud Shell ; 0
Google Cloud SDK ; gcloud|gcloud CLI ; 0
Google Cloud Console ;  ; 0
Google Cloud Workstations ; Cloud Workstations ; 0
Google Cloud Spanner ;  ; 0
Google Cloud Datastore ; Cloud Datastore ; 0
Google Firebase ;  ; 0
Firebase Hosting ;  ; 0
Firebase Authentication ; Firebase Auth ; 0
Google Cloud Vision API ; Cloud Vision ; 0
Google Cloud Speech-to-Text ;  ; 0
Google Cloud Translation ; Google Translate ; 0
Google Dialogflow ; Dialogflow ; 0
Google Maps Platform ; Google Maps API ; 0
Google Analytics ;  ; 0
Google Tag Manager ;  ; 0
Google Drive ;  ; 0
Google Slides ;  ; 0
Google Calendar ;  ; 0
Google Assistant ;  ; 0
Google Glass ;  ; 0
Google Pixel ; ; 0
Google File System ; GFS ; 0
Cloud Service Mesh ; Anthos Service Mesh ; 0
Config Connector ;  ; 0
Config Sync ;  ; 0
"""

# Microsoft Azure
AZURE_MORE = """
Azure Kubernetes Service ; AKS ; 0
Azure Container Instances ;  ; 0
Azure Container Apps ;  ; 0
Azure Container Registry ; ACR ; 0
Azure App Service ; App Service ; 0
Azure Functions ;  ; 0
Azure Virtual Machines ; Azure VMs ; 0
Azure Virtual Machine Scale Sets ; VM Scale Sets|VMSS ; 0
Azure Batch ;  ; 0
Azure Service Fabric ; Service Fabric ; 0
Azure Spring Apps ; Azure Spring Cloud ; 0
Azure Red Hat OpenShift ; ARO ; 0
Azure Stack ; Azure Stack HCI ; 0
Azure Blob Storage ; Blob Storage ; 0
Azure Files ;  ; 0
Azure Disk Storage ; Azure Managed Disks ; 0
Azure Data Lake Storage ; ADLS ; 0
Azure SQL Database ; Azure SQL ; 0
Azure Database for PostgreSQL ;  ; 0
Azure Database for MySQL ;  ; 0
Azure Cache for Redis ;  ; 0
Azure Table Storage ;  ; 0
Azure Event Hubs ; Event Hubs ; 0
Azure Service Bus ; Service Bus ; 0
Azure Event Grid ; Event Grid ; 0
Azure Stream Analytics ;  ; 0
Azure HDInsight ; HDInsight ; 0
Azure Data Explorer ; Kusto ; 0
Azure Application Insights ; Application Insights|App Insights ; 0
Azure Log Analytics ; Log Analytics ; 0
Azure Policy ;  ; 0
Azure Blueprints ;  ; 0
Azure Bastion ;  ; 0
Azure Firewall ;  ; 0
Azure Front Door ; Front Door ; 0
Azure CDN ;  ; 0
Azure DNS ;  ; 0
Azure Load Balancer ;  ; 0
Azure Application Gateway ; Application Gateway ; 0
Azure Virtual Network ; VNet ; 0
Azure ExpressRoute ; ExpressRoute ; 0
Azure API Management ; APIM ; 0
Azure Static Web Apps ;  ; 0
Azure Cloud Shell ;  ; 0
Azure CLI ;  ; 0
Azure Portal ;  ; 0
Azure IoT Hub ; IoT Hub ; 0
Azure Digital Twins ;  ; 0
Azure Sphere ;  ; 0
Azure Quantum ;  ; 0
Azure AI Studio ; Azure AI Foundry ; 0
Azure Bot Service ;  ; 0
Azure Lighthouse ;  ; 0
Azure Purview ; Microsoft Purview ; 0
Azure Dev Box ;  ; 0
Azure Deployment Environments ;  ; 0
Azure Chaos Studio ;  ; 0
Azure Load Testing ;  ; 0
Azure Managed Grafana ;  ; 0
"""

# other clouds, PaaS and hosted developer services
OTHER_CLOUDS = """
Netflix Open Connect ; Open Connect ; 0
UltraDNS ; Neustar UltraDNS ; 0
IBM Cloud ; Bluemix|IBM Bluemix ; 0
IBM Cloud Kubernetes Service ; IKS ; 0
IBM Cloud Code Engine ; Code Engine ; 0
IBM Cloud Object Storage ;  ; 0
Red Hat OpenShift on IBM Cloud ;  ; 0
Oracle Container Engine for Kubernetes ; OKE ; 0
Alibaba Cloud Container Service for Kubernetes ; ACK ; 0
Alibaba Cloud Function Compute ;  ; 0
Tencent Kubernetes Engine ; TKE ; 0
Huawei Cloud CCE ;  ; 0
DigitalOcean Kubernetes ; DOKS ; 0
DigitalOcean App Platform ;  ; 0
DigitalOcean Droplets ;  ; 0
DigitalOcean Spaces ;  ; 0
Linode Kubernetes Engine ; LKE ; 0
Scaleway Kapsule ; Kapsule ; 0
OVHcloud Managed Kubernetes ;  ; 0
Hetzner Cloud ;  ; 0
Exoscale ;  ; 0
UpCloud ;  ; 0
Open Telekom Cloud ;  ; 0
STACKIT ;  ; 0
IONOS Cloud ;  ; 0
Heroku ;  ; 0
Netlify ;  ; 0
Backblaze B2 ;  ; 0
Firebase Cloud Messaging ; FCM ; 0
Terraform Registry ;  ; 0
npm Registry ; npm registry ; 0
crates.io ;  ; 0
Packagist ;  ; 0
Hex ; hex.pm ; 1
CRAN ;  ; 0
Go Modules ;  ; 0
"""

ADDED_BLOCKS = (AWS_MORE, GCP_MORE, AZURE_MORE, OTHER_CLOUDS,)


def rows():
    out = parse_table(TABLE, "Software")
    for block in ADDED_BLOCKS:
        out += parse_table(block, "Software")
    have = {e[0] for e in out}
    for base, extra in RACKSPACE:
        name = f"Rackspace {base}"
        if name in have:
            continue
        aliases = [a for a in extra.split("|") if a]
        if base not in RACKSPACE_NO_BARE:
            aliases.append(base)
        out.append(entry(name, "Software", aliases))
    return out


if __name__ == "__main__":
    write_tsv("software_cloud_services.tsv", rows())
