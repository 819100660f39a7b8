namespace Verification.TestSupport;

/// <summary>How a snapshot mismatch or a missing snapshot is treated.</summary>
/// <param name="Update">Accept the received text as the new approved file (<c>UPDATE_SNAPSHOTS=1</c>).</param>
/// <param name="ContinuousIntegration">Running in CI (<c>CI</c> is set): a missing approved file fails instead of being created.</param>
public sealed record SnapshotSettings(bool Update, bool ContinuousIntegration)
{
    /// <summary>From the environment: <c>UPDATE_SNAPSHOTS=1</c> (or <c>true</c>) accepts, a non-empty <c>CI</c> means CI.</summary>
    public static SnapshotSettings FromEnvironment() => new(
        Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") is "1" or "true",
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")));
}
