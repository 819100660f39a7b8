namespace Verification.Onnx.Models;

/// <summary>The tensor element types the laws audit, numbered as <c>TensorProto.DataType</c> in onnx.proto.</summary>
public enum OnnxElementType
{
    /// <summary>32-bit IEEE 754 (<c>FLOAT = 1</c>).</summary>
    SinglePrecision = 1,

    /// <summary>64-bit IEEE 754 (<c>DOUBLE = 11</c>).</summary>
    DoublePrecision = 11,
}
