using System.Collections.Immutable;

namespace Verification.Symbolic.Claims;

/// <summary>
/// A claim about vectors of every length: <c>for all n &gt;= MinimumSize, i, j in 0..n-1: Left == Right
/// where H₁, H₂, …</c>. It holds when, for every n ≥ <see cref="MinimumSize"/>, every value of the
/// <see cref="Indices"/> in 0..n−1 and every real value of the entries and scalars that satisfies the
/// hypotheses, both sides are equal wherever both are defined.
/// </summary>
/// <param name="Size">The name of the length (<c>n</c>).</param>
/// <param name="MinimumSize">The least length the claim is about.</param>
/// <param name="Indices">The free index variables, each over 0..n−1, in the order written.</param>
/// <param name="Identity">The identity, over the general-n nodes of <c>Expressions.Indexed</c>.</param>
/// <param name="Hypotheses">Identities assumed to hold (<c>where sum(k in 0..n-1: y[k]) == 1</c>).</param>
public sealed record GeneralClaim(
    string Size, int MinimumSize, ImmutableArray<string> Indices, IdentityClaim Identity, ImmutableArray<IdentityClaim> Hypotheses) : Claim;
