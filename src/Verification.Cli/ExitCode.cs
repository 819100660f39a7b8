namespace Verification.Cli;

/// <summary>The process exit codes, the same for every command (documented in the README).</summary>
public enum ExitCode
{
    /// <summary>Everything checked holds: all claims proved, every law holds, documents up to date.</summary>
    Success = 0,

    /// <summary>Something is false: a claim refuted, a law failed, or a document would change.</summary>
    Failure = 1,

    /// <summary>Nothing false, but not everything settled: an unknown verdict, a malformed claim or a usage error.</summary>
    Inconclusive = 2,
}
