import NewsCore
