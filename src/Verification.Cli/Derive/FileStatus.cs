namespace Verification.Cli.Derive;

/// <summary>How a generated file compares with what is on disk.</summary>
public enum FileStatus
{
    /// <summary>On disk with exactly the generated content.</summary>
    UpToDate,

    /// <summary>On disk with other content.</summary>
    Changed,

    /// <summary>Generated but not on disk.</summary>
    Missing,

    /// <summary>On disk where derive writes, but no longer generated.</summary>
    Stale,
}
