"""Generate software_openstack.tsv: OpenStack, its projects, the Cloud Foundry
ecosystem and CNCF / cloud-native projects. Hand-curated from general knowledge.

Run: /work/main/.venv/bin/python data/gazetteers/make_software_openstack.py
"""

from _gazlib import entry, parse_table, write_tsv

# name ; aliases ; ambiguous ; wikidata
OPENSTACK = """
OpenStack ; Openstack|openstack|Open Stack ; 0
Nova ; OpenStack Compute|OpenStack Nova|nova ; 1
OpenStack Swift ; Swift|OpenStack Object Storage|swift ; 1
Cinder ; OpenStack Block Storage|OpenStack Cinder|cinder ; 1
Glance ; OpenStack Image Service|OpenStack Glance|glance ; 1
Keystone ; OpenStack Identity|OpenStack Identity Service|OpenStack Keystone|keystone ; 1
Neutron ; OpenStack Networking|OpenStack Neutron|Quantum|OpenStack Quantum|neutron ; 1
Horizon ; OpenStack Dashboard|OpenStack Horizon|horizon ; 1
Heat ; OpenStack Orchestration|OpenStack Heat ; 1
Ceilometer ; OpenStack Telemetry|OpenStack Metering|OpenStack Ceilometer|ceilometer ; 0
Trove ; OpenStack Database Service|OpenStack Trove|Red Dwarf|Reddwarf ; 1
Sahara ; OpenStack Data Processing|OpenStack Sahara|Savanna ; 1
Ironic ; OpenStack Bare Metal|OpenStack Ironic ; 1
Designate ; OpenStack DNS|OpenStack Designate ; 1
Barbican ; OpenStack Key Manager|OpenStack Barbican ; 0
Zaqar ; OpenStack Messaging|Marconi|OpenStack Marconi|OpenStack Zaqar ; 0
Manila ; OpenStack Shared File Systems|OpenStack Manila ; 1
Magnum ; OpenStack Container Infrastructure|OpenStack Magnum ; 1
Murano ; OpenStack Application Catalog|OpenStack Murano ; 0
Octavia ; OpenStack Load Balancer|OpenStack Octavia ; 1
Kolla ; Kolla-Ansible|kolla-ansible|OpenStack Kolla ; 0
TripleO ; OpenStack on OpenStack|tripleo ; 0
DevStack ; Devstack|devstack ; 0
Grenade ; OpenStack Grenade ; 1
Tempest ; OpenStack Tempest ; 1
Rally ; OpenStack Rally ; 1
Oslo ; OpenStack Oslo|oslo.config|oslo.messaging ; 1
Zuul ; Zuul CI|zuul ; 1
Gerrit ; Gerrit Code Review|gerrit ; 0
Aodh ; OpenStack Alarming ; 0
Gnocchi ; OpenStack Gnocchi ; 1
Panko ; ; 0
Mistral ; OpenStack Workflow|OpenStack Mistral ; 1
Senlin ; OpenStack Clustering ; 0
Solum ; ; 0
Congress ; OpenStack Congress ; 1
Watcher ; OpenStack Watcher ; 1
Cloudkitty ; CloudKitty ; 0
Freezer ; OpenStack Freezer ; 1
Searchlight ; OpenStack Searchlight ; 1
Tacker ; OpenStack Tacker ; 0
Vitrage ; OpenStack Vitrage ; 0
Zun ; OpenStack Zun ; 0
Karbor ; Smaug ; 0
Monasca ; OpenStack Monitoring ; 0
Blazar ; Climate ; 0
Cyborg ; OpenStack Cyborg ; 1
Placement ; OpenStack Placement ; 1
Kuryr ; ; 0
Dragonflow ; ; 0
Tricircle ; ; 0
Trio2o ; ; 0
Storlets ; ; 0
Masakari ; ; 0
Qinling ; ; 0
Skyline ; OpenStack Skyline ; 1
Venus ; OpenStack Venus ; 1
Adjutant ; ; 1
Ec2-api ; ; 0
Glare ; ; 1
Bifrost ; ; 0
Ironic Inspector ; ironic-inspector ; 0
Diskimage-builder ; diskimage-builder|DIB ; 0
OpenStack-Ansible ; openstack-ansible|OSA ; 0
OpenStack-Helm ; openstack-helm ; 0
OpenStack Chef ; openstack-chef|Chef OpenStack ; 0
Puppet OpenStack ; puppet-openstack ; 0
Fuel ; Mirantis Fuel|Fuel for OpenStack ; 1
Packstack ; packstack ; 0
RDO ; ; 0
Crowbar ; ; 1
Juju ; ; 0
MAAS ; Metal as a Service|MaaS ; 0
OpenStack Infra ; OpenStack Infrastructure ; 0
Jenkins Job Builder ; JJB ; 0
Nodepool ; nodepool ; 0
Elastic Recheck ; elastic-recheck ; 0
Stackalytics ; ; 0
Launchpad ; ; 0
StoryBoard ; ; 0
Refstack ; RefStack ; 0
DefCore ; Interop Working Group ; 0
Bandit ; ; 1
Tooz ; ; 0
Taskflow ; TaskFlow ; 0
Stevedore ; stevedore ; 0
PBR ; pbr ; 0
Hacking ; ; 1
os-collect-config ; ; 0
os-apply-config ; ; 0
os-refresh-config ; ; 0
os-net-config ; ; 0
Cloud-init ; cloud-init|cloudinit ; 0
Shade ; shade ; 1
OpenStackSDK ; openstacksdk|OpenStack SDK ; 0
OpenStack Client ; python-openstackclient|openstackclient|OSC ; 0
python-novaclient ; novaclient|nova client ; 0
python-swiftclient ; swiftclient ; 0
python-cinderclient ; cinderclient ; 0
python-glanceclient ; glanceclient ; 0
python-keystoneclient ; keystoneclient ; 0
python-neutronclient ; neutronclient|python-quantumclient|quantumclient ; 0
python-heatclient ; heatclient ; 0
python-ceilometerclient ; ceilometerclient ; 0
python-troveclient ; troveclient ; 0
python-saharaclient ; saharaclient ; 0
python-ironicclient ; ironicclient ; 0
python-designateclient ; designateclient ; 0
python-barbicanclient ; barbicanclient ; 0
python-manilaclient ; manilaclient ; 0
python-magnumclient ; magnumclient ; 0
python-muranoclient ; muranoclient ; 0
keystonemiddleware ; keystone middleware ; 0
jclouds ; Apache jclouds ; 0
fog ; Fog|fog.io ; 1
Libcloud ; Apache Libcloud|libcloud ; 0
pkgcloud ; ; 0
pyrax ; ; 0
Gophercloud ; gophercloud ; 0
OpenStack.NET ; openstack.net ; 0
php-opencloud ; ; 0
Open vSwitch ; OVS|OpenvSwitch|openvswitch ; 0
OVN ; Open Virtual Network ; 0
Open vSwitch Database ; OVSDB ; 0
StarlingX ; ; 0
Airship ; ; 1
Kata Containers ; Kata ; 0
Nova Network ; nova-network ; 0
nova-compute ; ; 0
nova-scheduler ; ; 0
nova-api ; ; 0
Keystone API ; ; 0
Swift API ; ; 0
Ceph ; ceph ; 0
RADOS ; ; 0
RADOS Gateway ; RGW|radosgw ; 0
RBD ; RADOS Block Device ; 0
CephFS ; ; 0
Rook ; ; 1
GlusterFS ; Gluster|glusterfs ; 0
Sheepdog ; ; 1
LVM ; Logical Volume Manager ; 0
"""

CLOUD_FOUNDRY = """
Cloud Foundry ; CloudFoundry|cloudfoundry|Cloud Foundry Application Runtime ; 0
BOSH ; Cloud Foundry BOSH|bosh ; 0
BOSH Lite ; bosh-lite ; 0
Diego ; Cloud Foundry Diego ; 1
Garden ; Cloud Foundry Garden|Garden-Linux|Garden-runC ; 1
Warden ; ; 1
UAA ; User Account and Authentication ; 0
Cloud Controller ; CC API ; 0
GoRouter ; Gorouter|gorouter ; 0
Loggregator ; loggregator ; 0
Doppler ; ; 1
Firehose ; ; 1
DEA ; Droplet Execution Agent ; 0
Health Manager ; ; 1
NATS ; nats ; 0
Buildpacks ; Cloud Native Buildpacks ; 1
Concourse ; Concourse CI ; 1
cf CLI ; cf cli|Cloud Foundry CLI ; 0
Pivotal Cloud Foundry ; PCF|Pivotal CF ; 0
Pivotal Web Services ; PWS ; 0
Pivotal Application Service ; PAS ; 0
Pivotal Container Service ; PKS ; 0
Cloud Foundry Container Runtime ; Kubo|CFCR ; 0
CredHub ; credhub ; 0
Eirini ; ; 0
Stratos ; ; 0
Stackato ; ActiveState Stackato ; 0
Iron Foundry ; ; 0
Micro Cloud Foundry ; ; 0
Cloud Foundry Service Broker API ; Open Service Broker API|OSBAPI ; 0
"""

CNCF = """
Kubernetes ; K8s|k8s|kubernetes|Kube ; 0 ; Q22661306
kubectl ; ; 0
kubelet ; ; 0
kubeadm ; ; 0
kube-proxy ; ; 0
Minikube ; minikube ; 0
kind ; Kubernetes in Docker ; 1
k3s ; K3s ; 0
MicroK8s ; microk8s ; 0
Kubeflow ; ; 0
Knative ; ; 0
Kustomize ; kustomize ; 0
Prometheus ; prometheus ; 1
Alertmanager ; ; 0
Thanos ; ; 1
Cortex ; ; 1
Grafana ; grafana ; 0
Grafana Loki ; Loki ; 0
Envoy ; Envoy Proxy|Envoy proxy ; 1
containerd ; ; 0
CRI-O ; cri-o ; 0
etcd ; ; 0
Helm ; helm ; 1
Istio ; istio ; 0
Linkerd ; linkerd|Linkerd2|Linkerd 2 ; 0
Fluentd ; fluentd ; 0
Fluent Bit ; fluent-bit ; 0
Jaeger ; ; 0
OpenTracing ; ; 0
OpenCensus ; ; 0
OpenTelemetry ; OTel ; 0
CoreDNS ; ; 0
gRPC ; grpc ; 0
rkt ; Rocket ; 0
CNI ; Container Network Interface ; 0
Notary ; ; 1
The Update Framework ; TUF ; 0
NATS Streaming ; ; 0
Vitess ; ; 0
TiKV ; ; 0
Harbor ; ; 1
Open Policy Agent ; OPA ; 0
Rook Ceph ; ; 0
Falco ; ; 0
Argo ; Argo CD|ArgoCD|Argo Workflows ; 1
Flux ; FluxCD|Flux CD ; 1
Cilium ; ; 0
Calico ; Project Calico ; 1
Flannel ; flannel ; 1
Weave Net ; Weave ; 1
Contour ; ; 1
Emissary-ingress ; Ambassador ; 1
Dragonfly ; ; 1
SPIFFE ; ; 0
SPIRE ; ; 0
Cloud Custodian ; ; 0
Crossplane ; ; 0
KubeVirt ; ; 0
Longhorn ; ; 1
Keda ; KEDA ; 0
Backstage ; ; 1
Buildpacks.io ; ; 0
Operator Framework ; ; 0
cert-manager ; ; 0
Dapr ; ; 0
Chaos Mesh ; ; 0
Litmus ; LitmusChaos ; 1
Volcano ; ; 1
Tekton ; ; 0
Spinnaker ; ; 0
Jenkins X ; ; 0
Skaffold ; ; 0
Tilt ; ; 1
Telepresence ; ; 0
Kompose ; ; 0
Rancher ; ; 0
OpenShift ; Red Hat OpenShift|Openshift|OpenShift Origin|OKD ; 0
Nomad ; HashiCorp Nomad ; 1
Consul ; HashiCorp Consul ; 1
Vault ; HashiCorp Vault ; 1
Serf ; ; 1
Packer ; HashiCorp Packer ; 1
Terraform ; terraform|HashiCorp Terraform ; 0
Vagrant ; vagrant ; 0
Mesos ; Apache Mesos ; 0
Marathon ; Mesosphere Marathon ; 1
Chronos ; ; 1
Apache Aurora ; Aurora ; 1
DC/OS ; DCOS ; 0
Docker Swarm ; Swarm|swarm mode ; 0
Docker Compose ; docker-compose|Compose ; 0
Docker Machine ; docker-machine ; 0
Docker Hub ; ; 0
Docker Engine ; ; 0
Docker Desktop ; ; 0
Fig ; ; 1
Podman ; podman ; 0
Buildah ; ; 0
Kaniko ; ; 0
runc ; ; 0
LXC ; Linux Containers ; 0
LXD ; ; 0
Fleet ; CoreOS Fleet ; 1
Flocker ; ; 0
Deis ; Deis Workflow ; 0
Dokku ; ; 0
Flynn ; ; 1
Tsuru ; ; 0
Kubernetes Dashboard ; ; 0
Heapster ; ; 0
cAdvisor ; ; 0
Borg ; ; 1
Omega ; ; 1
Zipkin ; ; 0
Traefik ; ; 0
Kong ; ; 1
HAProxy ; haproxy ; 0
Envoy Gateway ; ; 0
"""

EXTRA = [
    entry("Docker", "Software", ["docker"], "Q15206305", 0),
]


# CNCF graduated, incubating and sandbox projects and their parts
CNCF_MORE = """
Argo ; Argo Project ; 0
Argo Rollouts ;  ; 0
Argo Events ;  ; 0
Flux ; Flux CD|FluxCD|Flux v2 ; 1
Flagger ;  ; 0
Harbor ;  ; 1
Notary ; Notary v2|Notation ; 1
The Update Framework ; TUF ; 0
in-toto ;  ; 0
Falco ;  ; 0
Open Policy Agent ; OPA ; 0
Gatekeeper ; OPA Gatekeeper ; 1
Rego ;  ; 0
Kyverno ;  ; 0
SPIFFE ;  ; 0
SPIRE ;  ; 0
cert-manager ; cert manager ; 0
OpenFGA ;  ; 0
Vault ; HashiCorp Vault ; 1
Consul ; HashiCorp Consul ; 1
Nomad ; HashiCorp Nomad ; 1
Terraform ; HashiCorp Terraform ; 0
Terraform Cloud ; HCP Terraform ; 0
Terraform Enterprise ;  ; 0
Packer ; HashiCorp Packer ; 1
Vagrant ;  ; 0
Waypoint ; HashiCorp Waypoint ; 1
Sentinel ; HashiCorp Sentinel ; 1
HashiCorp Cloud Platform ; HCP ; 0
Consul Connect ;  ; 0
Vault Agent ;  ; 0
CDK for Terraform ; CDKTF ; 0
OpenTofu ;  ; 0
Terragrunt ;  ; 0
Atlantis ;  ; 1
Terratest ;  ; 0
tfsec ;  ; 0
Checkov ;  ; 0
Infracost ;  ; 0
Pulumi ;  ; 0
Crossplane ;  ; 0
Cluster API ; CAPI ; 0
kOps ; kops ; 0
kubeadm ;  ; 0
kubectl ;  ; 0
kubelet ;  ; 0
kube-proxy ;  ; 0
kube-apiserver ; Kubernetes API server ; 0
kube-scheduler ;  ; 0
kube-controller-manager ;  ; 0
Kustomize ;  ; 0
Kubespray ;  ; 0
k3s ; K3s ; 0
k3d ;  ; 0
k0s ;  ; 0
MicroK8s ; microk8s ; 0
RKE ; Rancher Kubernetes Engine ; 0
RKE2 ;  ; 0
Rancher ;  ; 1
Rancher Desktop ;  ; 0
Fleet ;  ; 1
Longhorn ;  ; 1
Harvester ;  ; 1
Kubewarden ;  ; 0
Epinio ;  ; 0
OpenShift ; Red Hat OpenShift|OpenShift Container Platform ; 0
Tanzu Kubernetes Grid ; TKG ; 0
Tanzu Application Service ; TAS ; 0
Kubeflow ;  ; 0
KServe ; KFServing ; 0
Katib ;  ; 0
Kubeflow Pipelines ;  ; 0
Volcano ;  ; 1
Kueue ;  ; 0
Karpenter ;  ; 0
Cluster Autoscaler ;  ; 0
Vertical Pod Autoscaler ; VPA ; 0
Horizontal Pod Autoscaler ; HPA ; 0
Knative ;  ; 0
Knative Serving ;  ; 0
Knative Eventing ;  ; 0
OpenFaaS ;  ; 0
Fission ;  ; 1
Kubeless ;  ; 0
Nuclio ;  ; 0
Dapr ;  ; 0
KubeVirt ;  ; 0
Kata Containers ;  ; 0
Cloud Hypervisor ;  ; 0
CRI-O ; cri-o ; 0
runc ;  ; 0
crun ;  ; 0
youki ;  ; 0
Podman ;  ; 0
Buildah ;  ; 0
Skopeo ;  ; 0
BuildKit ;  ; 0
Kaniko ; kaniko ; 0
Jib ;  ; 0
Paketo Buildpacks ; Paketo ; 0
Tekton ;  ; 0
Jenkins X ;  ; 0
Spinnaker ;  ; 0
Keptn ;  ; 0
Shipwright ;  ; 0
Skaffold ;  ; 0
Tilt ;  ; 1
DevSpace ;  ; 0
Telepresence ;  ; 0
Garden ;  ; 1
Okteto CLI ;  ; 0
Helmfile ;  ; 0
Helm Charts ; Helm chart ; 0
Artifact Hub ;  ; 0
Operator Framework ;  ; 0
Operator SDK ;  ; 0
Operator Lifecycle Manager ; OLM ; 0
OperatorHub ; OperatorHub.io ; 0
Kubebuilder ;  ; 0
controller-runtime ;  ; 0
client-go ;  ; 0
Metacontroller ;  ; 0
KubeEdge ;  ; 0
OpenYurt ;  ; 0
SuperEdge ;  ; 0
Akri ;  ; 0
EdgeX Foundry ;  ; 0
Karmada ;  ; 0
Clusternet ;  ; 0
Open Cluster Management ;  ; 0
Liqo ;  ; 0
Submariner ;  ; 0
Skupper ;  ; 0
Cilium ;  ; 0
Hubble ;  ; 1
Tetragon ;  ; 0
Calico ; Project Calico ; 1
Flannel ;  ; 1
Weave Net ;  ; 0
Multus ; Multus CNI ; 0
Antrea ;  ; 0
Kube-OVN ;  ; 0
OVN-Kubernetes ;  ; 0
Contiv ;  ; 0
CNI ; Container Network Interface ; 0
CSI ; Container Storage Interface ; 0
CRI ; Container Runtime Interface ; 0
Gateway API ; Kubernetes Gateway API ; 0
Ingress-NGINX ; ingress-nginx|NGINX Ingress Controller ; 0
Contour ;  ; 1
Emissary-ingress ; Ambassador|Emissary ; 1
Gloo ; Gloo Edge|Gloo Mesh ; 0
Kuma ;  ; 0
Kong Mesh ;  ; 0
Open Service Mesh ; OSM ; 0
Consul Service Mesh ;  ; 0
Istio Ambient Mesh ; Ambient Mesh ; 0
Istiod ;  ; 0
MetalLB ;  ; 0
ExternalDNS ; external-dns ; 0
Kube-vip ; kube-vip ; 0
Rook ;  ; 1
OpenEBS ;  ; 0
Longhorn Engine ;  ; 0
Velero ; Heptio Ark ; 0
Kanister ;  ; 0
Vitess ;  ; 0
TiKV ;  ; 0
TiDB ;  ; 0
CubeFS ; ChubaoFS ; 0
Dragonfly ;  ; 1
Strimzi ;  ; 0
NATS ; NATS.io ; 0
NATS JetStream ; JetStream ; 0
Serverless Workflow ;  ; 0
OpenTelemetry ; OTel|OTEL ; 0
OpenTelemetry Collector ; OTel Collector ; 0
OpenTracing ;  ; 0
OpenCensus ;  ; 0
OpenMetrics ;  ; 0
Thanos ;  ; 0
Cortex ;  ; 1
Grafana Mimir ; Mimir ; 0
Grafana Loki ; Loki ; 0
Grafana Tempo ; ; 0
Grafana Pyroscope ; Pyroscope ; 0
Grafana Beyla ; Beyla ; 0
Grafana Alloy ; ; 0
Grafana Agent ;  ; 0
Grafana k6 ; k6 ; 0
Grafana OnCall ;  ; 0
Grafana Faro ;  ; 0
Grafana Cloud ;  ; 0
Grafana Enterprise ;  ; 0
Promtail ;  ; 0
Alertmanager ;  ; 0
Prometheus Operator ;  ; 0
kube-prometheus ; kube-prometheus-stack ; 0
kube-state-metrics ;  ; 0
node_exporter ; Node Exporter ; 0
PromQL ;  ; 0
LogQL ;  ; 0
Pixie ;  ; 1
Parca ;  ; 0
Inspektor Gadget ;  ; 0
Kepler ;  ; 1
OpenCost ;  ; 0
Fluent Bit ;  ; 0
Chaos Mesh ;  ; 0
Chaos Toolkit ;  ; 0
Backstage ;  ; 1
Kubescape ;  ; 0
Trivy ;  ; 0
Grype ;  ; 0
Syft ;  ; 0
Cosign ;  ; 0
Sigstore ;  ; 0
Rekor ;  ; 0
Fulcio ;  ; 0
Gitsign ;  ; 0
Ratify ;  ; 1
SLSA ;  ; 0
Tern ;  ; 1
kube-bench ;  ; 0
kube-hunter ;  ; 0
Polaris ;  ; 1
Popeye ;  ; 1
k9s ; K9s ; 0
Lens ;  ; 1
Octant ;  ; 0
Kubernetes Dashboard ;  ; 0
Headlamp ;  ; 0
kubectx ;  ; 0
kubens ;  ; 0
Krew ;  ; 0
ORAS ;  ; 0
Zot ;  ; 0
Quay ; Quay.io|Red Hat Quay ; 0
Kraken ;  ; 1
Porter ;  ; 1
CNAB ; Cloud Native Application Bundle ; 0
Carvel ;  ; 0
ytt ;  ; 0
kapp ;  ; 0
Cartographer ;  ; 1
Kpack ; kpack ; 0
Meshery ;  ; 0
Service Mesh Interface ; SMI ; 0
Network Service Mesh ;  ; 0
Piraeus Datastore ;  ; 0
Kube-rs ; kube-rs ; 0
KubeVela ;  ; 0
Open Application Model ;  ; 0
Devfile ;  ; 0
Konveyor ;  ; 0
Capsule ;  ; 1
Kamaji ;  ; 0
vcluster ; vCluster ; 0
Hierarchical Namespace Controller ; HNC ; 0
Kubearmor ; KubeArmor ; 0
Copa ; Copacetic ; 0
Confidential Containers ; CoCo ; 0
Inclavare Containers ;  ; 0
Krustlet ;  ; 0
SpinKube ;  ; 0
wasmCloud ;  ; 0
WasmEdge ;  ; 0
Wasmtime ;  ; 0
Wasmer ;  ; 0
WAMR ; WebAssembly Micro Runtime ; 0
runwasi ;  ; 0
Colima ;  ; 0
nerdctl ;  ; 0
Bottlerocket ;  ; 0
Talos Linux ; Talos ; 0
Photon OS ;  ; 0
k8gb ;  ; 0
Kuberhealthy ;  ; 0
KubeDL ;  ; 0
Fluid ;  ; 1
OpenKruise ;  ; 0
Kruise Rollouts ;  ; 0
Kube-router ; kube-router ; 0
Merbridge ;  ; 0
Aeraki Mesh ;  ; 0
Sermant ;  ; 0
Koordinator ;  ; 0
Kubeflow Training Operator ;  ; 0
Serverless Devs ;  ; 0
Kuasar ;  ; 0
KCL ;  ; 0
Microcks ;  ; 0
Headlamp ;  ; 0
OpenFunction ;  ; 0
OpenELB ;  ; 0
Kubeapps ;  ; 0
ExternalSecrets ; External Secrets Operator|External Secrets ; 0
Sealed Secrets ;  ; 0
SOPS ; Mozilla SOPS ; 0
Reloader ;  ; 1
Goldilocks ;  ; 1
Kube-downscaler ;  ; 0
Descheduler ;  ; 0
Node Problem Detector ;  ; 0
etcd-operator ;  ; 0
Zalando Postgres Operator ;  ; 0
CloudNativePG ; CNPG ; 0
Crunchy Postgres Operator ; PGO ; 0
Stackgres ; StackGres ; 0
KubeDB ;  ; 0
Fermyon Spin ;  ; 0
"""

# Service mesh parts, the RDO project's tools and other OpenStack-community
# projects missing above. General knowledge.
MESH_AND_RDO = """
Mixer ; Istio Mixer ; 1
M3 ; M3 Aggregator|M3 Query ; 1
Istio Pilot ; ; 0
Istio Citadel ; ; 0
Istio Galley ; ; 0
Conduit ; ; 1
RDO Manager ; ; 0
TripleO Quickstart ; TripleO QuickStart|tripleo-quickstart ; 0
TryStack ; TryStack.org ; 0
Skydive ; ; 0
CentOS CI ; ; 0
DLRN ; ; 0
WeIRDO ; ; 0
"""

ADDED_BLOCKS = (CNCF_MORE, MESH_AND_RDO)


def rows():
    out = []
    out += parse_table(OPENSTACK, "Software")
    out += parse_table(CLOUD_FOUNDRY, "Software")
    out += parse_table(CNCF, "Software")
    for block in ADDED_BLOCKS:
        out += parse_table(block, "Software")
    out += EXTRA
    return out


if __name__ == "__main__":
    write_tsv("software_openstack.tsv", rows())
