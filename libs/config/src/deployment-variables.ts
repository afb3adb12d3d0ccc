/**
 * Marks a config property that every deployment (docker-compose, each Kubernetes overlay) must set
 * explicitly, because its local default is wrong or unsafe outside a developer's machine. The
 * deployment tests read this list, so the manifests can never drift from the code.
 */
type ConfigClass = abstract new () => object;

const required = new Map<object, Set<string>>();

export function RequiredInDeployment(): PropertyDecorator {
  return (target, property) => {
    const names = required.get(target.constructor) ?? new Set<string>();
    names.add(String(property));
    required.set(target.constructor, names);
  };
}

export function deploymentVariablesOf(configClass: ConfigClass): string[] {
  const names = new Set<string>();
  for (let c: object | null = configClass; c && c !== Object; c = Object.getPrototypeOf(c) as object | null) {
    for (const name of required.get(c) ?? []) names.add(name);
  }
  return [...names].sort();
}
