/// The warnings the XML readers give.
enum XMLWarnings {
    static let recovered = "the XML is not well-formed; read as far as it could be recovered"
}
