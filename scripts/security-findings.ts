// What Electronegativity found, and what blocks: any HIGH or MEDIUM finding, and any file the tool could not
// parse (a file it did not read is a file nobody reviewed). A finding reviewed as a false positive is
// silenced in the source with the tool's own per-check comment (`eng-disable CHECK_ID`, the reason beside
// it), never here, so each exception sits next to the code it excuses.

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}

export interface ScanError {
  file: string;
  message: string;
  /** The tool's own word: a warning while parsing (true) or a file it could not analyse (false). */
  tolerable: boolean;
}

const BLOCKING = new Set(['HIGH', 'MEDIUM']);

interface Named {
  name?: unknown;
}

/** The tool's issue objects (see its runner.js) to plain findings; unknown shapes fail loudly. */
export function toFindings(issues: unknown): Finding[] {
  if (!Array.isArray(issues)) throw new Error('Electronegativity returned no list of issues.');
  return issues.map((raw: unknown) => {
    const i = raw as {
      id?: unknown;
      severity?: Named;
      confidence?: Named;
      file?: unknown;
      location?: { line?: unknown; column?: unknown };
      sample?: unknown;
      description?: unknown;
    };
    if (typeof i.id !== 'string' || typeof i.severity?.name !== 'string') {
      throw new Error(`Electronegativity returned an issue this script cannot read: ${JSON.stringify(raw)}`);
    }
    return {
      check: i.id,
      severity: i.severity.name.toUpperCase(),
      confidence: String(i.confidence?.name ?? ''),
      file: String(i.file ?? ''),
      location: `${String(i.location?.line ?? '?')}:${String(i.location?.column ?? '?')}`,
      sample: String(i.sample ?? '').trim(),
      description: String(i.description ?? ''),
    };
  });
}

export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => BLOCKING.has(f.severity));
}

/** Files the tool could not analyse at all (parse warnings it recovered from do not block). */
export function blockingErrors(errors: readonly ScanError[]): ScanError[] {
  return errors.filter((e) => !e.tolerable);
}

export function describeFinding(f: Finding): string {
  return `${f.severity} ${f.check} at ${f.file}:${f.location}: ${f.description} — ${f.sample.slice(0, 160)}`;
}
