using System.Collections.Immutable;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Evaluation;

namespace Verification.Symbolic.Decision;

/// <summary>
/// Decides identity claims: Proved from a formal zero of the canonical form, Refuted with a
/// confirmed witness, Unknown with the reason otherwise.
/// </summary>
/// <remarks>
/// For claims without logarithm atoms the procedure is complete: a formally non-zero exponential
/// polynomial is a non-zero function, so a witness exists at generic rational points, and the search
/// raises its precision at every point it tries (up to <see cref="EngineLimits.MaxWitnessPrecisionBits"/>)
/// until the enclosures separate. "Refuted" means: at the witness point the enclosures of the two
/// sides, each certain to contain the exact value, are disjoint. With logarithm atoms (or outside the fragment) a non-zero form proves nothing,
/// so only a witness refutes and the answer may be Unknown. Before that, the claim is rewritten in ways
/// whose proof carries over to it (<see cref="ReciprocalChange"/>, <see cref="Generalization"/>,
/// <see cref="PositiveChange"/>), and a formal zero of a rewriting proves it. "Proved" means: equal
/// wherever both sides are defined.
/// </remarks>
public static class IdentityDecider
{
    public static Verdict Decide(IdentityClaim claim, EngineLimits? limits = null) =>
        Decide(claim, new CanonicalContext(limits));

    /// <summary>
    /// Decides with a caller's context, so that a family of claims over the same logits shares the
    /// canonical forms of its sub-expressions (that sharing is most of the speed of the Jacobian family).
    /// </summary>
    internal static Verdict Decide(IdentityClaim claim, CanonicalContext context)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(context);
        var attempts = context.Limits.WitnessAttempts;
        var workBefore = context.Meter.Work;
        try
        {
            var difference = Canonicalizer.ToCanonical(claim.Left, context)
                .Subtract(Canonicalizer.ToCanonical(claim.Right, context), context);
            if (difference.IsZero)
            {
                return new Proved("the canonical form of left − right is the zero exponential polynomial", context.Meter.Work - workBefore);
            }

            // Without logarithm atoms a formally non-zero exponential polynomial is a non-zero function
            // (Lindemann–Weierstrass), so a separating point exists: raise the precision at every point.
            var hasLogarithms = difference.Atoms.Any(CanonicalContext.IsLogAtom);
            return hasLogarithms
                ? AfterChange(PositiveChange.Candidates(claim), context, workBefore)
                    ?? SearchWitness(claim, context.Limits, sidesDiffer: false, "left − right is formally non-zero over logarithm atoms, which may be related", $"; no separating point among {attempts} tried")
                : SearchWitness(claim, context.Limits, sidesDiffer: true, "left − right is formally non-zero", $", yet at none of {attempts} points tried are the two sides' enclosures disjoint (up to {context.Limits.MaxWitnessPrecisionBits} bits)");
        }
        catch (OutsideFragmentException e)
        {
            return AfterChange(ChangesOutsideTheFragment(claim, context), context, workBefore)
                ?? SearchWitness(claim, context.Limits, sidesDiffer: false, $"outside the decidable fragment ({e.Message})", $"; at none of {attempts} points tried are the two sides' enclosures disjoint");
        }
        catch (WorkLimitExceededException e)
        {
            return SearchWitness(claim, context.Limits, sidesDiffer: false, e.Message, "");
        }
    }

    /// <summary>
    /// The rewritings that may bring a claim outside the fragment into it: the change of variable
    /// T = 1/τ (<see cref="ReciprocalChange"/>), then the generalization of what keeps an exponent out
    /// (<see cref="Generalization"/>), each generalized claim also after x = e^s for the symbols it takes
    /// the logarithm of (<see cref="PositiveChange"/>).
    /// </summary>
    private static IEnumerable<(IdentityClaim Claim, string Change)> ChangesOutsideTheFragment(IdentityClaim claim, CanonicalContext context) =>
        ReciprocalChange.Candidates(claim, context.Limits.MaxReciprocalChanges)
            .Concat(Generalization.Candidates(claim, context).SelectMany(static general => PositiveChange.Candidates(general.Claim)
                .Select(positive => (positive.Claim, $"{general.Change}, {positive.Change}"))
                .Prepend(general)));

    /// <summary>
    /// A proof of the first rewritten claim whose canonical form of left − right is zero, or null when
    /// there is none. Each rewriting says in its remarks why its proof proves the original; a non-zero
    /// difference proves nothing here, so the original claim then goes to the witness search as it is.
    /// The rewritings share the context, so its work limit bounds all of them together.
    /// </summary>
    private static Proved? AfterChange(IEnumerable<(IdentityClaim Claim, string Change)> rewritings, CanonicalContext context, long workBefore)
    {
        try
        {
            foreach (var (rewritten, change) in rewritings)
            {
                try
                {
                    var difference = Canonicalizer.ToCanonical(rewritten.Left, context)
                        .Subtract(Canonicalizer.ToCanonical(rewritten.Right, context), context);
                    if (difference.IsZero)
                    {
                        return new Proved($"{change}, the canonical form of left − right is the zero exponential polynomial", context.Meter.Work - workBefore);
                    }
                }
                catch (OutsideFragmentException)
                {
                    // This rewriting did not remove the obstacle; try the next.
                }
            }
        }
        catch (WorkLimitExceededException)
        {
            // The rewritings together crossed the work limit: the witness search decides what is left.
        }

        return null;
    }

    /// <summary>Decides every instance of a family with one shared context.</summary>
    public static ImmutableArray<Verdict> DecideAll(ClaimFamily family, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(family);
        var context = new CanonicalContext(limits);
        return [.. family.Instances.Select(instance => Decide(instance.Claim, context))];
    }

    /// <param name="claim">The claim.</param>
    /// <param name="limits">Points, precision and operation bounds of the search.</param>
    /// <param name="sidesDiffer">Whether the sides are known to differ as functions.</param>
    /// <param name="situation">What the decision found, the start of every Unknown reason.</param>
    /// <param name="noneSeparated">How the reason ends when every point was tried and none separated the sides.</param>
    private static Verdict SearchWitness(IdentityClaim claim, EngineLimits limits, bool sidesDiffer, string situation, string noneSeparated)
    {
        var budget = new EvaluationBudget(limits.MaxWitnessOperations);
        if (WitnessSearch.Find(claim.Left, claim.Right, limits, sidesDiffer, budget) is { } witness)
        {
            return new Refuted(witness);
        }

        // A search cut short must not claim it tried every point: say how far it got and why it stopped.
        return new Unknown(budget.IsExhausted
            ? $"{situation}; the witness search stopped after {budget.PointsTried} of {limits.WitnessAttempts} points: {budget.LimitMessage}"
            : situation + noneSeparated);
    }
}
