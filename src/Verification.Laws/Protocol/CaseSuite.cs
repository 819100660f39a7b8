namespace Verification.Laws.Protocol;

/// <summary>
/// What identifies a case file: the sampling and the laws it was generated from, and a digest of its cases. A
/// results file carries a copy, so grading regenerates exactly these cases and refuses results written for others
/// (another seed, another law filter, or a version of the laws whose generators changed).
/// </summary>
/// <param name="Sampling">Cases per law, seed and largest size: what <see cref="LawSampling"/> draws.</param>
/// <param name="Laws">The names of the laws whose inputs the file holds, in catalog order.</param>
/// <param name="Digest"><c>sha256:</c> and the hex SHA-256 of every case's kernel, precision, input bits and output length.</param>
public sealed record CaseSuite(LawSampling Sampling, IReadOnlyList<string> Laws, string Digest)
{
    /// <summary>The version tag of the case file format.</summary>
    public const string CasesProtocol = "verification-cases/1";

    /// <summary>The version tag of the results file format.</summary>
    public const string ResultsProtocol = "verification-results/1";
}
