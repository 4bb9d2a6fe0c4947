/// Short fictional articles for the store tests (made up; no corpus text).
enum Fixtures {
    static let harbour = """
        Harbour cranes fall silent

        Dockers at Port Ellison stopped work on Monday after talks with the harbour board failed.

        The strike was called when Vladimir Putin arrived for a state visit, and Mr Putin said he hoped the dispute would end soon.

        Union leader Ana Ribeiro said the dockers wanted a fair offer. – Reuters
        """

    static let putinOnly = """
        Summit ends without a deal

        Leaders left the summit in Ellison without an agreement on fishing rights.

        Officials said Mr Putin had asked for more time before any vote on quotas.
        """

    static let bakery = """
        Bakery wins regional prize

        A family bakery in Northfield has won the regional prize for its rye bread.

        The owner, Marta Zemliánichenko, said the recipe came from her grandmother.
        """

    static let festival = """
        Festival crowds break record

        More than forty thousand people came to the river festival this weekend.

        Organisers said the fireworks over the water were the best so far, and the town council thanked volunteers.
        """

    static let election = """
        ---
        title: Council election date set
        date: 2026-04-02
        ---
        The council election will be held in May, the returning officer announced.

        Candidates must register by the end of the month.
        """

    static let budget = """
        ---
        title: Budget vote delayed again
        date: 2026-05-20
        ---
        The council postponed its budget vote for a second time.

        Councillors asked for a new audit of the harbour accounts.
        """
}
