using System.Diagnostics;
using Verification.Symbolic;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.EveryN;

namespace Verification.Derivations.Checking;

/// <summary>
/// Checks catalog entries with the symbolic engine. Nothing here knows an expected answer: verdicts,
/// witnesses and solver answers are all computed, so a document rendered from the reports cannot
/// state a result the engine did not establish.
/// </summary>
public static class CatalogVerifier
{
    /// <summary>Checks one entry of any kind.</summary>
    public static EntryReport Verify(CatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var clock = Stopwatch.StartNew();
        return entry switch
        {
            Derivation derivation => new DerivationReport(derivation, CheckLinks(derivation), clock.Elapsed),
            IdentityEntry identities => new IdentityEntryReport(identities, CheckAll(identities.Claims), clock.Elapsed),
            GeneralEntry general => new GeneralEntryReport(general, CheckEveryN(general.Theorem), clock.Elapsed),
            EquivalenceEntry equivalence => new EquivalenceReport(equivalence, Solve(equivalence.Question), clock.Elapsed),
            RefutationEntry refutation => new RefutationReport(
                refutation,
                ClaimChecker.Check(refutation.FalseClaim.Claim),
                refutation.WhenItHolds is { } question ? Solve(question) : null,
                clock.Elapsed),
            SeedAuditEntry seed => new SeedAuditReport(seed, ClaimChecker.Check(seed.Claim.Claim), clock.Elapsed),
            TrainingEquivalenceEntry training => new TrainingEquivalenceReport(
                training, CheckAll(training.Gradients), CheckAll(training.RateQuestions), clock.Elapsed),
            _ => throw new ArgumentException($"unknown entry kind {entry.GetType().Name}", nameof(entry)),
        };
    }

    /// <summary>Checks every entry, in order.</summary>
    public static ImmutableArray<EntryReport> VerifyAll(IEnumerable<CatalogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Select(Verify)];
    }

    /// <summary>The links Statement.Left = Steps[0], Steps[k−1] = Steps[k], Steps[^1] = Statement.Right.</summary>
    public static ImmutableArray<IdentityClaim> Links(Derivation derivation)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        var lines = derivation.Steps.Select(step => step.Expression)
            .Prepend(derivation.Statement.Left)
            .Append(derivation.Statement.Right)
            .ToList();
        return [.. lines.Zip(lines.Skip(1), (previous, next) => new IdentityClaim(previous, next))];
    }

    private static ImmutableArray<LinkCheck> CheckLinks(Derivation derivation) =>
        [.. Links(derivation).Select((link, index) => new LinkCheck(index, link, IdentityDecider.Decide(link)))];

    private static ImmutableArray<CheckResult> CheckAll(ImmutableArray<CheckedClaim> claims) =>
        [.. claims.Select(claim => ClaimChecker.Check(claim.Claim))];

    private static GeneralChecked CheckEveryN(CheckedClaim theorem) =>
        theorem.Claim is GeneralClaim general
            ? new GeneralChecked(general, GeneralDecider.Decide(general))
            : throw new ArgumentException($"'{theorem.Text}' is not a claim about every n ('for all n >= 1, …')", nameof(theorem));

    private static EquivalenceResult Solve(CheckedClaim question) =>
        question.Claim is SolveClaim solve
            ? EquivalenceSolver.Solve(solve)
            : throw new ArgumentException($"'{question.Text}' is not a solve question", nameof(question));
}
