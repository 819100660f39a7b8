namespace Verification.Symbolic.Canonical;

/// <summary>
/// The expression leaves the decidable fragment (for example exp of a non-polynomial, as in
/// sigmoid(sigmoid(x))), or is undefined everywhere (division by the zero function). The decision
/// falls back to a witness search and otherwise answers Unknown with this reason.
/// </summary>
internal sealed class OutsideFragmentException(string message) : Exception(message);
