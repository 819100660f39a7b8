using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;

namespace Verification.Symbolic.EveryN;

/// <summary>
/// The engine's answer to a claim about every length n, with the argument behind it:
/// <see cref="Verdict"/> is Proved only when every case was a formal zero (and every length below
/// <see cref="GeneralFrom"/> was proved as instances); Refuted only with a concrete n, index values
/// and a witness point (<see cref="Counterexample"/>); otherwise Unknown with the reason.
/// </summary>
/// <param name="Verdict">The verdict on the claim for every n.</param>
/// <param name="Cases">The case split: one reduced identity per equality pattern of the indices.</param>
/// <param name="GeneralFrom">The least n from which the case argument applies (fixed positions such as n − 1 and 0 must be distinct).</param>
/// <param name="Instances">The lengths decided instance by instance (below <see cref="GeneralFrom"/>, or searched for a counterexample).</param>
/// <param name="Counterexample">The instance that refutes the claim, if any.</param>
public sealed record GeneralDecision(
    Verdict Verdict,
    ImmutableArray<CaseArgument> Cases,
    int GeneralFrom,
    ImmutableArray<int> Instances,
    GeneralCounterexample? Counterexample);

/// <summary>
/// One case of the argument: the claim with the case's positions named, each sum split and its
/// rest abstracted (<see cref="RestSums"/>), the hypotheses used, and the engine's verdict on it.
/// </summary>
/// <param name="Case">The equality pattern, e.g. <c>i ≠ j</c>.</param>
/// <param name="NamedCount">How many distinct positions the case names (it exists for n ≥ this).</param>
/// <param name="Reduced">The reduced identity (null when the case could not be abstracted).</param>
/// <param name="RestSums">What each fresh symbol of <see cref="Reduced"/> stands for.</param>
/// <param name="Verdict">The verdict on <see cref="Reduced"/> with the rest sums independent (or Unknown with why it could not be formed).</param>
public sealed record CaseArgument(string Case, int NamedCount, IdentityClaim? Reduced, ImmutableArray<RestSum> RestSums, Verdict Verdict);

/// <summary>The instance that refutes a general claim: the length, the index values, and the claim they give.</summary>
public sealed record GeneralCounterexample(int Size, ImmutableSortedDictionary<string, int> Indices, IdentityClaim Instance);
