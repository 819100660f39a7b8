namespace Verification.Onnx.Models;

/// <summary>One operator of a graph (<c>NodeProto</c>): the ONNX domain's <paramref name="OperatorType"/> with integer attributes.</summary>
/// <param name="OperatorType">"Softmax", "Exp", "ReduceSum", …</param>
/// <param name="Inputs">Names of the values it reads.</param>
/// <param name="Outputs">Names of the values it writes.</param>
/// <param name="IntegerAttributes">Attributes such as <c>axis = -1</c> or <c>keepdims = 1</c>.</param>
public sealed record OnnxNode(
    string OperatorType,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Outputs,
    IReadOnlyDictionary<string, long>? IntegerAttributes = null);
