"""Generate software_openstack.tsv: OpenStack, its projects, the Cloud Foundry
ecosystem and CNCF / cloud-native projects. Hand-curated from general knowledge.

Run: /work/main/.venv/bin/python data/gazetteers/make_software_openstack.py
"""

from _gazlib import entry, parse_table, write_tsv

# name ; aliases ; ambiguous ; wikidata
OPENSTACK = """
OpenStack ; Openstack|openstack ; 0
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
MAAS ; Metal as a Service ; 0
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
Grafana Loki ; Loki ; 1
Envoy ; Envoy Proxy|Envoy proxy ; 1
containerd ; ; 0
CRI-O ; cri-o ; 0
etcd ; ; 0
Helm ; helm ; 1
Istio ; istio ; 0
Linkerd ; linkerd ; 0
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
Linkerd2 ; ; 0
Traefik ; ; 0
Kong ; ; 1
HAProxy ; haproxy ; 0
Envoy Gateway ; ; 0
"""

EXTRA = [
    entry("Docker", "Software", ["docker"], "Q15206305", 0),
]


def rows():
    out = []
    out += parse_table(OPENSTACK, "Software")
    out += parse_table(CLOUD_FOUNDRY, "Software")
    out += parse_table(CNCF, "Software")
    out += EXTRA
    return out


if __name__ == "__main__":
    write_tsv("software_openstack.tsv", rows())
