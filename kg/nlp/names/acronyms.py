"""Acronyms of practices, roles and technical things that the small model reads as
companies: "SRE", "CI/CD", "LLMs", "SLOs", "GitOps". The guidelines annotate no
generic noun ("DevOps", "PaaS"), so none of these is an organisation.
"""

from __future__ import annotations

PRACTICE_ACRONYMS = frozenset({
    "SRE", "SREs", "CI", "CD", "ML", "AI", "LLM", "LLMs", "GenAI", "IoT", "SaaS", "PaaS",
    "IaaS", "FaaS", "CaaS", "DBaaS", "OSS", "FOSS", "UX", "UI", "QA", "MVP", "POC", "PoC",
    "SLO", "SLOs", "SLI", "SLIs", "SLAs", "SDK", "SDKs", "CLI", "IDE", "OS", "VMs", "GPUs",
    "TPU", "NLP", "RPC", "REST", "JSON", "YAML", "XML", "JWT", "OIDC", "RBAC", "IAM", "CDN",
    "VPC", "SDN", "NFV", "NFS", "NAS", "RAID", "ETL", "BI", "OKR", "OKRs", "DX", "DevEx",
    "DevOps", "SecOps", "DevSecOps", "FinOps", "GitOps", "MLOps", "AIOps", "LLMOps", "NoOps",
    "ChatOps", "SBOM", "SBOMs", "CVE", "CVEs", "CNI", "CSI", "CRI", "CRD", "CRDs", "HPA",
    "PR", "PRs", "RFC", "RFCs", "TDD", "BDD", "DDD", "OOP", "DSL", "APIs", "MTTR", "RCA",
    "SOC", "SIEM", "EDR", "XDR", "ZTNA", "PKI", "HSM", "mTLS", "CFP", "AMA", "BoF", "Q&A",
})
