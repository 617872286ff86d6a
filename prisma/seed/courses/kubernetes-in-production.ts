import { lesson, link, question, quiz, video } from "../build";
import type { CourseSpec } from "../course-types";

// A work in progress: the last module has no contents yet and there is no assignment.
export const kubernetesInProduction: CourseSpec = {
  slug: "kubernetes-in-production",
  title: "Kubernetes in Production",
  teacher: "teacher@example.com",
  category: "web-development",
  priceIDR: 399000,
  status: "DRAFT",
  daysAgo: 3,
  description: `Run production workloads on Kubernetes without waking up at 3 a.m.

## What you will learn
- How the control plane schedules and heals your workloads
- Horizontal autoscaling driven by real traffic
- Rolling deploys with zero downtime
- Metrics, logs and alerts that page the right person

## Who this course is for
Developers and operators who have run containers with Docker and want to run them reliably in a cluster.`,
  modules: [
    {
      title: "Cluster architecture",
      description: "What runs where, and who talks to whom.",
      contents: [
        lesson(
          "Control plane and nodes",
          `## Two kinds of machines
A cluster has a **control plane**, which decides what should run, and **worker nodes**, which run it.

## The control plane
- **kube-apiserver**: the front door. Every component, and \`kubectl\`, talks to the cluster through it, and it is the only component that reads and writes **etcd**, the store of the cluster's state.
- **kube-scheduler**: picks a node for each new pod, based on its resource requests and constraints.
- **kube-controller-manager**: runs the control loops that keep the actual state close to the desired state, for example recreating pods when a node dies.

## On every node
- **kubelet**: starts the pod's containers through the container runtime and reports their health.
- **kube-proxy**: maintains the network rules that route a Service's traffic to its pods.

## Desired state
You never tell Kubernetes to "start three containers". You declare that a Deployment has three replicas; the controllers work continuously to make it so.`,
        ),
        video(
          "Kubernetes tutorial for beginners (TechWorld with Nana)",
          "https://www.youtube.com/watch?v=X48VuDVv0do",
          "A four-hour introduction. The first hour covers the architecture of this module; the rest is useful background for the next ones.",
        ),
        link(
          "Kubernetes documentation: cluster components",
          "https://kubernetes.io/docs/concepts/overview/components/",
          "The official overview of every control-plane and node component.",
        ),
      ],
    },
    {
      title: "Scaling and deploys",
      description: "Follow the traffic, and ship without downtime.",
      contents: [
        lesson(
          "Horizontal pod autoscaling",
          `## Set resource requests first
The autoscaler measures CPU use *as a percentage of the pod's request*. Without requests it has nothing to compare against.

\`\`\`yaml
resources:
  requests:
    cpu: 250m
    memory: 256Mi
\`\`\`

## Then add the autoscaler
\`\`\`yaml
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
\`\`\`

Keep \`minReplicas\` at two or more, so a single pod restarting never takes the service down.`,
        ),
        quiz(
          "Operations quiz",
          "Three questions on the architecture and on scaling.",
          [
            question("Which component is the only one that reads and writes etcd?", [
              ["The kubelet", false],
              ["The kube-apiserver", true],
              ["The kube-scheduler", false],
            ]),
            question("What must a pod declare for CPU-based autoscaling to work?", [
              ["A liveness probe", false],
              ["CPU resource requests", true],
              ["A node selector", false],
            ]),
            question(
              "Which deployment strategies can release a new version without downtime?",
              [
                ["Rolling update", true],
                ["Blue-green", true],
                ["Recreate", false],
              ],
              2,
            ),
          ],
        ),
      ],
    },
    {
      title: "Observability",
      description: "Metrics, logs and alerts that page the right person.",
      contents: [],
    },
  ],
};
