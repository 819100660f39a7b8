namespace Verification.Cli.Audit;

/// <summary>How <c>audit</c> prints its report.</summary>
public enum AuditFormat
{
    /// <summary>The conformance table (rounded on a terminal, Markdown-bordered when redirected) and the worst counterexamples.</summary>
    Text,

    /// <summary>A Markdown document: the table, the summary, and each failure's counterexample in a code block.</summary>
    Markdown,

    /// <summary>One JSON object: the sampling, one entry per implementation with per-law results, and a summary (the shape is in the README).</summary>
    Json,

    /// <summary>JUnit XML: one test suite per implementation, one test case per law, for CI test reporters.</summary>
    Junit,
}
